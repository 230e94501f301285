use reverse_in_place::reverse_in_place;

fn check(input: &str, want: &str) {
    let mut s = input.to_string();
    reverse_in_place(&mut s);
    assert_eq!(s, want, "input: {input:?}");
}

#[test]
fn ascii() {
    check("hello", "olleh");
    check("ab", "ba");
    check("Hello, World!", "!dlroW ,olleH");
}

#[test]
fn empty_string() {
    check("", "");
}

#[test]
fn single_characters() {
    check("a", "a");
    check("é", "é");
    check("語", "語");
    check("🦀", "🦀");
}

#[test]
fn palindromes_stay_the_same() {
    check("racecar", "racecar");
    check("été", "été");
}

#[test]
fn two_byte_characters() {
    check("héllo", "olléh");
    check("ñandú", "údnañ");
    check("Ωμέγα", "αγέμΩ");
}

#[test]
fn three_and_four_byte_characters() {
    check("日本語", "語本日");
    check("a🦀b", "b🦀a");
    check("🦀🐍🐹", "🐹🐍🦀");
}

#[test]
fn mixed_widths_side_by_side() {
    // 1-, 2-, 3- and 4-byte chars, adjacent, in both orders.
    check("aé語🦀", "🦀語éa");
    check("🦀語éa🦀語éa", "aé語🦀aé語🦀");
}

#[test]
fn combining_marks_are_separate_chars() {
    // 'e' + U+0301 renders as "é" but is two chars: the accent moves in front.
    check("ae\u{301}", "\u{301}ea");
    check("e\u{301}e\u{301}", "\u{301}e\u{301}e");
}

#[test]
fn emoji_sequences_fall_apart() {
    // Woman + ZWJ + laptop: reversed scalar by scalar.
    check("👩\u{200D}💻", "💻\u{200D}👩");
    // Flag of France (F + R regional indicators) becomes R + F.
    check("\u{1F1EB}\u{1F1F7}", "\u{1F1F7}\u{1F1EB}");
}

#[test]
fn reversing_twice_restores_the_input() {
    let input = "Grüße, 世界! 🦀 e\u{301} 👩\u{200D}💻";
    let mut s = input.to_string();
    reverse_in_place(&mut s);
    reverse_in_place(&mut s);
    assert_eq!(s, input, "input: {input:?} reversed twice");
}

#[test]
fn long_mixed_string() {
    let pieces = ["a", "é", "語", "🦀", " "];
    let n = 200_000;
    let input: String = (0..n).map(|i| pieces[(i * 7) % pieces.len()]).collect();
    let want: String = (0..n).rev().map(|i| pieces[(i * 7) % pieces.len()]).collect();
    let mut s = input.clone();
    reverse_in_place(&mut s);
    assert!(s == want, "input: {n} mixed-width chars; output differs from the expected reversal");
}
