// The build failed for the null, not for anything else: NullAway names the line.
def log = new File(basedir, 'build.log').text
assert log =~ /Greeting\.java:\[11,\d+\] \[NullAway\] dereferenced expression 'name' is @Nullable/
