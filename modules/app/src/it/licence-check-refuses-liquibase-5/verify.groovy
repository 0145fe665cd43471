// The build failed for the licence, not for anything else: Liquibase 5 is named with its FSL licence.
def log = new File(basedir, 'build.log').text
assert log.contains('There are some forbidden licenses used')
assert log.contains("License: 'FSL-1.1-ALv2' used by 1 dependencies")
assert log.contains('org.liquibase:liquibase-core:5.0.3')
