package org.skillsmatrix.domain.personaldata;

import java.io.IOException;
import java.io.OutputStream;

/** Output port: writes a person's data as one JSON document. */
public interface PersonalDataJson {

    void write(PersonalData data, OutputStream out) throws IOException;
}
