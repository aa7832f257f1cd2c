package org.breachrules.tuning;

import java.util.ArrayList;
import java.util.List;

/**
 * DRL text as Java tokens, for {@link TrustedRules}: words (identifiers and keywords), literals (numbers, strings,
 * text blocks, character literals and DRL's single-quoted strings) and punctuation, each with its line. Comments are
 * dropped. A literal is one token, so a quote inside a character literal ({@code '"'}) or a comment inside a
 * qualified name ({@code java. /* x *}{@code / io.File}) changes nothing the check sees.
 */
final class JavaTokens {
    enum Kind { WORD, LITERAL, PUNCTUATION }

    record Token(Kind kind, String text, int line) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    private static final String[] OPERATORS = {"->", "::", ">>>=", "<<=", ">>=", "...", "==", "!=", "<=", ">=", "&&",
        "||", "++", "--", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%="};

    private JavaTokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int line = 1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            int startLine = line;
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                line += count(text, i, end);
                out.add(new Token(Kind.LITERAL, text.substring(start, end), startLine));
                i = end;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
                out.add(new Token(Kind.LITERAL, text.substring(start, i), startLine));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.WORD, text.substring(start, i), startLine));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(Kind.LITERAL, text.substring(start, i), startLine));
            } else {
                String op = String.valueOf(c);
                for (String o : OPERATORS) {
                    if (text.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                i += op.length();
                out.add(new Token(Kind.PUNCTUATION, op, startLine));
            }
        }
        return out;
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
