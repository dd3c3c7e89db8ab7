package com.talentmatch.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 decoding that names the line of the first bad byte. */
public final class Utf8 {

	private Utf8() {
	}

	/**
	 * Decodes {@code bytes} as UTF-8, dropping a leading byte-order mark.
	 * @throws InvalidDataException naming {@code file} and the line of the first invalid
	 * byte
	 */
	public static String decode(byte[] bytes, String file) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			String text = decoder.decode(in).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			int bad = in.position();
			int line = 1;
			for (int i = 0; i < bad && i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new InvalidDataException(List.of(new DataProblem(file, line, null,
					"not valid UTF-8 (byte offset " + bad + "); save the file as UTF-8")));
		}
	}

}
