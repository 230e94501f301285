use base62_codec::*;

#[test]
fn small_ids_use_the_alphabet_in_order() {
    let cases = [(0, "0"), (9, "9"), (10, "a"), (35, "z"), (36, "A"), (61, "Z"), (62, "10"), (125, "21")];
    for (id, want) in cases {
        assert_eq!(encode(id), want, "encode({id})");
        assert_eq!(decode(want), Ok(id), "decode({want:?})");
    }
}

#[test]
fn powers_of_62_and_their_neighbours() {
    let cases = [(3843, "ZZ"), (3844, "100"), (62u64.pow(10), "10000000000"), (3_500_000_000_000, "ZCpdjxe")];
    for (id, want) in cases {
        assert_eq!(encode(id), want, "encode({id})");
        assert_eq!(decode(want), Ok(id), "decode({want:?})");
    }
}

#[test]
fn the_extremes_of_u64() {
    assert_eq!(encode(u64::MAX), "lYGhA16ahyf", "encode(u64::MAX)");
    assert_eq!(decode("lYGhA16ahyf"), Ok(u64::MAX), "decode of u64::MAX");
    assert_eq!(encode(1 << 63), "aZl8N0y58M8", "encode(2^63)");
}

#[test]
fn too_large_codes_overflow_instead_of_wrapping() {
    for code in ["lYGhA16ahyg", "ZZZZZZZZZZZ", "100000000000", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"] {
        assert_eq!(decode(code), Err(DecodeError::Overflow), "decode({code:?})");
    }
}

#[test]
fn case_matters() {
    assert_eq!(decode("a"), Ok(10), "lower-case a");
    assert_eq!(decode("A"), Ok(36), "upper-case A");
    assert_ne!(decode("abc"), decode("ABC"), "abc and ABC are different codes");
    assert_eq!(decode("aBc"), Ok(10 * 62 * 62 + 37 * 62 + 12), "decode(\"aBc\")");
}

#[test]
fn invalid_characters_are_reported_with_their_char_index() {
    let cases = [
        ("ab-c", '-', 2),
        (" 1", ' ', 0),
        ("zz_", '_', 2),
        ("aé!", 'é', 1),
        ("ab€", '€', 2),
        ("12 ", ' ', 2),
    ];
    for (code, ch, index) in cases {
        assert_eq!(decode(code), Err(DecodeError::InvalidChar { ch, index }), "decode({code:?})");
    }
}

#[test]
fn empty_and_non_canonical_codes_are_rejected() {
    assert_eq!(decode(""), Err(DecodeError::Empty), "decode of the empty string");
    for code in ["00", "01", "0abc", "0000000000000000000000000001"] {
        assert_eq!(decode(code), Err(DecodeError::LeadingZero), "decode({code:?})");
    }
    assert_eq!(decode("0"), Ok(0), "a single 0 is fine");
}

#[test]
fn round_trip_over_many_ids() {
    let mut id: u64 = 1;
    let mut ids = vec![0, u64::MAX, u64::MAX - 1];
    while id < u64::MAX / 3 {
        ids.extend([id - 1, id, id + 1]);
        id = id * 3 + 1;
    }
    ids.extend((0..5000).map(|i| i * 7919));
    for id in ids {
        let code = encode(id);
        assert!(code.len() <= 11, "encode({id}) = {code:?} is longer than 11");
        assert_eq!(decode(&code), Ok(id), "decode(encode({id})), code {code:?}");
    }
}

#[test]
fn codes_grow_in_length_only_at_powers_of_62() {
    let mut power = 1u64;
    for len in 1..=10 {
        assert_eq!(encode(power * 62 - 1).len(), len, "length of encode({})", power * 62 - 1);
        power *= 62;
        assert_eq!(encode(power).len(), len + 1, "length of encode({power})");
    }
}

#[test]
fn the_shortener_hands_out_consecutive_codes() {
    let mut s = Shortener::new();
    assert!(s.is_empty(), "a new shortener is empty");
    assert_eq!(s.shorten("https://example.com/a"), "0", "first URL");
    assert_eq!(s.shorten("https://example.com/b"), "1", "second URL");
    assert_eq!(s.shorten("https://例え.jp/パス?q=ü"), "2", "a Unicode URL");
    assert_eq!(s.len(), 3, "three distinct URLs");
    assert_eq!(s.expand("1"), Some("https://example.com/b"), "expand(\"1\")");
    assert_eq!(s.expand("2"), Some("https://例え.jp/パス?q=ü"), "expand(\"2\")");
}

#[test]
fn the_same_url_keeps_its_code() {
    let mut s = Shortener::new();
    let a = s.shorten("https://a.example");
    let b = s.shorten("https://b.example");
    assert_eq!(s.shorten("https://a.example"), a, "shortening a URL again");
    assert_eq!(s.shorten("https://b.example"), b, "shortening b again");
    assert_eq!(s.len(), 2, "duplicates do not take new ids");
    assert_eq!(s.shorten("https://c.example"), "2", "the next new URL gets the next id");
    assert_eq!(s.shorten(""), "3", "even the empty string is a URL here");
    assert_eq!(s.expand("3"), Some(""), "expand of the empty URL");
}

#[test]
fn expand_rejects_unknown_and_invalid_codes() {
    let mut s = Shortener::new();
    assert_eq!(s.expand("0"), None, "nothing shortened yet");
    s.shorten("https://x.example");
    for code in ["1", "Z", "", "00", "a-b", "lYGhA16ahyf", "lYGhA16ahyg"] {
        assert_eq!(s.expand(code), None, "expand({code:?})");
    }
}

#[test]
fn many_urls_with_a_common_prefix() {
    let n = 10_000;
    let urls: Vec<String> = (0..n).map(|i| format!("https://example.com/articles/2024/05/{i}")).collect();
    let mut s = Shortener::new();
    let codes: Vec<String> = urls.iter().map(|u| s.shorten(u)).collect();
    assert_eq!(s.len(), n, "distinct URLs");
    for (i, (url, code)) in urls.iter().zip(&codes).enumerate().step_by(97) {
        assert_eq!(s.shorten(url), *code, "re-shortening URL {i}");
        assert_eq!(s.expand(code), Some(url.as_str()), "expand({code:?})");
    }
    assert_eq!(codes[n - 1], encode(n as u64 - 1), "the last code");
}
