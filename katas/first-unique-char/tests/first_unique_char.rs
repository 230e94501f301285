use first_unique_char::first_unique_char;

fn check(input: &str, want: Option<char>) {
    let got = first_unique_char(input);
    assert_eq!(got, want, "input: {input:?}");
}

#[test]
fn classic_examples() {
    check("leetcode", Some('l'));
    check("loveleetcode", Some('v'));
}

#[test]
fn empty_string_has_none() {
    check("", None);
}

#[test]
fn single_character() {
    check("a", Some('a'));
    check("ß", Some('ß'));
}

#[test]
fn every_character_repeats() {
    check("aabb", None);
    check("abab", None);
    check("xyzzyx", None);
}

#[test]
fn unique_character_at_the_end() {
    check("aabbccd", Some('d'));
    check("abcabcz", Some('z'));
}

#[test]
fn case_sensitive() {
    check("aA", Some('a'));
    check("aAa", Some('A'));
}

#[test]
fn spaces_and_punctuation_count() {
    check("  !", Some('!'));
    check("a a!a! ", None);
    check("a, a", Some(','));
}

#[test]
fn multibyte_characters() {
    check("ééa", Some('a'));
    check("日本日", Some('本'));
    check("🦀🦀🐍", Some('🐍'));
    check("naïve naive", Some('ï'));
}

#[test]
fn combining_marks_are_separate_chars() {
    // "é" written as 'e' + U+0301 COMBINING ACUTE ACCENT: two chars.
    check("e\u{301}e", Some('\u{301}'));
    check("e\u{301}e\u{301}", None);
}

#[test]
fn long_string_with_unique_char_last() {
    // 2_500 distinct CJK characters, each twice, then one 'z'.
    let distinct = 2_500u32;
    let mut s = String::new();
    for round in 0..2 {
        for i in 0..distinct {
            // A different order in each round.
            let j = if round == 0 { i } else { (i * 7_919) % distinct };
            s.push(char::from_u32(0x4E00 + j).unwrap());
        }
    }
    s.push('z');
    let got = first_unique_char(&s);
    assert_eq!(got, Some('z'), "input: {distinct} CJK chars twice each, then 'z'");
    s.pop();
    let got = first_unique_char(&s);
    assert_eq!(got, None, "input: {distinct} CJK chars twice each");
}
