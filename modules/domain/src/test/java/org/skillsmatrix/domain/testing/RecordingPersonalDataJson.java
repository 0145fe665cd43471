package org.skillsmatrix.domain.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.skillsmatrix.domain.personaldata.PersonalData;
import org.skillsmatrix.domain.personaldata.PersonalDataJson;

/** A {@link PersonalDataJson} that writes a one-line summary instead of JSON, for views and use cases under test. */
public class RecordingPersonalDataJson implements PersonalDataJson {

    @Override
    public void write(PersonalData data, OutputStream out) throws IOException {
        out.write(("{\"person\": \"" + data.person().id() + "\", \"ratingsReceived\": "
                        + data.ratingsReceived().size() + "}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
