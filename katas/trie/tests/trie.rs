use trie::Trie;

/// A trie holding `words`, inserted in the given order.
fn trie_of(words: &[&str]) -> Trie {
    let mut trie = Trie::new();
    for w in words {
        trie.insert(w);
    }
    trie
}

#[test]
fn empty_trie_knows_nothing() {
    let trie = Trie::new();
    assert!(trie.is_empty(), "a new trie must be empty");
    assert_eq!(trie.len(), 0, "len of a new trie");
    assert!(!trie.contains(""), "contains(\"\") on an empty trie");
    assert!(!trie.contains("a"), "contains(\"a\") on an empty trie");
    assert!(
        !trie.starts_with(""),
        "starts_with(\"\") on an empty trie: no word begins with anything"
    );
    assert!(
        !trie.starts_with("a"),
        "starts_with(\"a\") on an empty trie"
    );
    assert_eq!(
        trie.words_with_prefix(""),
        Vec::<String>::new(),
        "words_with_prefix(\"\") on an empty trie"
    );
}

#[test]
fn insert_reports_new_words_and_ignores_duplicates() {
    let mut trie = Trie::new();
    assert!(trie.insert("car"), "first insert(\"car\")");
    assert!(!trie.insert("car"), "second insert(\"car\")");
    assert!(trie.insert("cart"), "insert(\"cart\") after \"car\"");
    assert!(
        trie.insert("ca"),
        "insert(\"ca\"), a prefix of an existing word"
    );
    assert_eq!(trie.len(), 3, "after inserting car, car, cart, ca");
    assert!(!trie.is_empty(), "a trie with words is not empty");
}

#[test]
fn a_prefix_is_not_a_word() {
    let words = ["car", "cart"];
    let trie = trie_of(&words);
    for (query, word, prefix) in [
        ("c", false, true),
        ("ca", false, true),
        ("car", true, true),
        ("cart", true, true),
        ("carts", false, false),
        ("cat", false, false),
        ("art", false, false),
        ("", false, true),
    ] {
        assert_eq!(
            trie.contains(query),
            word,
            "contains({query:?}), words {words:?}"
        );
        assert_eq!(
            trie.starts_with(query),
            prefix,
            "starts_with({query:?}), words {words:?}"
        );
    }
}

#[test]
fn the_empty_word() {
    let mut trie = Trie::new();
    assert!(trie.insert(""), "insert(\"\") into an empty trie");
    assert!(trie.contains(""), "contains(\"\") after inserting it");
    assert!(
        trie.starts_with(""),
        "starts_with(\"\") after inserting \"\""
    );
    assert!(!trie.contains("a"), "contains(\"a\"), only \"\" stored");
    assert_eq!(trie.len(), 1, "len after inserting \"\"");
    assert!(!trie.insert(""), "insert(\"\") again");
    assert_eq!(
        trie.words_with_prefix(""),
        vec![String::new()],
        "words_with_prefix(\"\"), only \"\" stored"
    );
}

#[test]
fn one_letter_and_case_sensitivity() {
    let words = ["a", "A", "apple", "Apple"];
    let trie = trie_of(&words);
    assert_eq!(trie.len(), 4, "words {words:?} are all distinct");
    assert!(
        trie.contains("a") && trie.contains("A"),
        "both cases of \"a\", words {words:?}"
    );
    assert!(
        !trie.contains("APPLE"),
        "contains(\"APPLE\"), words {words:?}"
    );
    assert!(
        trie.starts_with("Ap"),
        "starts_with(\"Ap\"), words {words:?}"
    );
    assert!(
        !trie.starts_with("AP"),
        "starts_with(\"AP\"), words {words:?}"
    );
}

#[test]
fn unicode_words_are_split_into_chars() {
    let words = ["日本", "日本語", "héllo", "🦀rust", "ß"];
    let trie = trie_of(&words);
    assert!(
        trie.contains("日本語"),
        "contains(\"日本語\"), words {words:?}"
    );
    assert!(
        trie.starts_with("日"),
        "starts_with(\"日\"), words {words:?}"
    );
    assert!(!trie.contains("日"), "contains(\"日\"), words {words:?}");
    assert!(
        trie.starts_with("hé"),
        "starts_with(\"hé\"), words {words:?}"
    );
    assert!(
        !trie.starts_with("he"),
        "starts_with(\"he\"): é is not e, words {words:?}"
    );
    assert!(
        trie.starts_with("🦀"),
        "starts_with(\"🦀\"), words {words:?}"
    );
    assert!(
        trie.contains("ß") && !trie.contains("ss"),
        "ß is one char, not \"ss\", words {words:?}"
    );
    // "é" as one code point versus "e" + a combining accent: different chars, different words.
    let mut trie = trie_of(&["caf\u{e9}"]);
    assert!(
        !trie.contains("cafe\u{301}"),
        "\"cafe\\u{{301}}\" is not \"caf\\u{{e9}}\""
    );
    assert!(
        trie.insert("cafe\u{301}"),
        "insert(\"cafe\\u{{301}}\") is a new word"
    );
    assert!(
        trie.starts_with("cafe"),
        "starts_with(\"cafe\") after inserting \"cafe\\u{{301}}\""
    );
}

#[test]
fn words_with_prefix_are_sorted() {
    let words = ["cart", "care", "car", "card", "cat", "dog", "ca"];
    let trie = trie_of(&words);
    assert_eq!(
        trie.words_with_prefix("car"),
        vec!["car", "card", "care", "cart"],
        "words_with_prefix(\"car\"), words {words:?}"
    );
    assert_eq!(
        trie.words_with_prefix("cat"),
        vec!["cat"],
        "words_with_prefix(\"cat\"), words {words:?}"
    );
    assert_eq!(
        trie.words_with_prefix("cow"),
        Vec::<String>::new(),
        "words_with_prefix(\"cow\"), words {words:?}"
    );
    assert_eq!(
        trie.words_with_prefix(""),
        vec!["ca", "car", "card", "care", "cart", "cat", "dog"],
        "words_with_prefix(\"\"), words {words:?}"
    );
    let words = ["żółw", "zebra", "źdźbło", "z", "🦀"];
    let trie = trie_of(&words);
    let mut want: Vec<&str> = words.to_vec();
    want.sort();
    assert_eq!(
        trie.words_with_prefix(""),
        want,
        "words_with_prefix(\"\"), words {words:?}"
    );
}

#[test]
fn long_words() {
    let long: String = "ab".repeat(500);
    let mut trie = trie_of(&[long.as_str()]);
    assert!(trie.contains(&long), "contains a 1000-char word");
    assert!(
        trie.starts_with(&long[..999]),
        "starts_with its first 999 chars"
    );
    assert!(!trie.contains(&long[..999]), "contains its first 999 chars");
    let longer = format!("{long}!");
    assert!(
        trie.insert(&longer),
        "insert a 1001-char word sharing the first 1000"
    );
    assert_eq!(
        trie.words_with_prefix(&long[..10]),
        vec![long.clone(), longer.clone()],
        "words_with_prefix(first 10 chars)"
    );
}

#[test]
fn many_words_many_queries() {
    // 6 000 distinct words of 6 letters over "abcdé", then 6 000 queries of each kind.
    let letters: Vec<char> = "abcdé".chars().collect();
    let word = |mut i: usize| -> String {
        (0..6)
            .map(|_| {
                let c = letters[i % 5];
                i /= 5;
                c
            })
            .collect()
    };
    let mut trie = Trie::new();
    for i in 0..6_000 {
        assert!(
            trie.insert(&word(i * 7 % 15_625)),
            "insert(word #{i}) is new"
        );
    }
    assert_eq!(trie.len(), 6_000, "after 6000 distinct inserts");
    for i in 0..6_000 {
        let w = word(i * 7 % 15_625);
        assert!(trie.contains(&w), "contains({w:?}), inserted as word #{i}");
        let absent = format!("{w}x");
        assert!(
            !trie.contains(&absent) && !trie.starts_with(&absent),
            "{absent:?} was never inserted"
        );
        if i % 500 == 0 {
            let probe = word(i + 6_000);
            let stored = (0..6_000).any(|j| j * 7 % 15_625 == i + 6_000);
            assert_eq!(trie.contains(&probe), stored, "contains({probe:?})");
        }
    }
    let with_prefix = trie.words_with_prefix("aaaa");
    let mut want: Vec<String> = (0..6_000)
        .map(|i| word(i * 7 % 15_625))
        .filter(|w| w.starts_with("aaaa"))
        .collect();
    want.sort();
    assert_eq!(with_prefix, want, "words_with_prefix(\"aaaa\")");
}
