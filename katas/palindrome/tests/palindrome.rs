use palindrome::is_palindrome;

fn check(input: &str, want: bool) {
    let got = is_palindrome(input);
    assert_eq!(got, want, "input: {input:?}");
}

#[test]
fn classic_sentences() {
    check("A man, a plan, a canal: Panama", true);
    check("race a car", false);
    check("No 'x' in Nixon", true);
}

#[test]
fn empty_and_punctuation_only() {
    check("", true);
    check(" .,!", true);
    check("🦀 🐍", true);
}

#[test]
fn one_and_two_characters() {
    check("a", true);
    check("Z!", true);
    check("aa", true);
    check("aA", true);
    check("ab", false);
}

#[test]
fn odd_and_even_lengths() {
    check("abcba", true);
    check("abccba", true);
    check("abcda", false);
    check("abcdba", false);
}

#[test]
fn mismatch_next_to_the_middle() {
    check("abcxdcba", false);
    check("abc d cba", true);
    check("ab-c, c . ba", true);
}

#[test]
fn case_is_ignored() {
    check("AbBa", true);
    check("Was it a car or a cat I saw?", true);
}

#[test]
fn digits_count() {
    check("12321", true);
    check("123 21", true);
    check("0P", false);
    check("1a2", false);
}

#[test]
fn unicode_letters_and_digits() {
    check("А роза упала на лапу Азора", true);
    check("été", true);
    check("ÉtÉ", true);
    check("éte", false); // 'é' and 'e' are different characters
    check("日本日", true);
    check("٣a٣", true); // Arabic-Indic digit three is numeric
    check("🦀a🐍", true); // emoji are not alphanumeric
}

#[test]
fn non_alphanumeric_runs_at_the_ends() {
    check("...a....", true);
    check("!!ab??", false);
    check("  x  y  x  ", true);
}

#[test]
fn long_inputs() {
    let half: String = (0..200_000).map(|i| ['a', 'B', ' ', 'ç', '7', ','][i % 6]).collect();
    let mirrored: String = half.chars().rev().collect();
    let yes = format!("{half}{mirrored}");
    assert!(is_palindrome(&yes), "input: {} chars, a palindrome", yes.chars().count());
    let no = format!("{half}Q{mirrored}x");
    assert!(!is_palindrome(&no), "input: {} chars, not a palindrome", no.chars().count());
}
