use inverted_index::*;

fn idf(n: f64, df: f64) -> f64 {
    1.0 + (n / df).ln()
}

fn assert_ranked(got: &[(DocId, f64)], want: &[(DocId, f64)], query: &str) {
    let ids = |v: &[(DocId, f64)]| v.iter().map(|p| p.0).collect::<Vec<_>>();
    assert_eq!(ids(got), ids(want), "ranked({query:?}) order; got {got:?}, want {want:?}");
    for (g, w) in got.iter().zip(want) {
        assert!((g.1 - w.1).abs() < 1e-9, "ranked({query:?}) score of doc {}: got {}, want {}", g.0, g.1, w.1);
    }
}

#[test]
fn tokenize_lowercases_and_splits_on_non_alphanumerics() {
    let text = "Hello, World!  hello--again_now (42x)";
    assert_eq!(tokenize(text), ["hello", "world", "hello", "again", "now", "42x"], "input: {text:?}");
    assert_eq!(tokenize(""), Vec::<String>::new());
    assert_eq!(tokenize(" ,;! "), Vec::<String>::new());
}

#[test]
fn tokenize_is_unicode_aware() {
    let text = "Straße CAFÉ naïve Ωμέγα 東京 rust🦀LANG";
    assert_eq!(
        tokenize(text),
        ["straße", "café", "naïve", "ωμέγα", "東京", "rust", "lang"],
        "input: {text:?}"
    );
}

#[test]
fn intersect_merges_sorted_lists() {
    let cases: [(&[DocId], &[DocId], &[DocId]); 7] = [
        (&[1, 3, 5, 7, 9], &[2, 3, 4, 9, 10], &[3, 9]),
        (&[], &[1, 2], &[]),
        (&[1, 2], &[], &[]),
        (&[1, 2, 3], &[4, 5, 6], &[]),
        (&[4, 5, 6], &[1, 2, 3], &[]),
        (&[7], &[7], &[7]),
        (&[0, 1, 2, 3], &[0, 1, 2, 3], &[0, 1, 2, 3]),
    ];
    for (a, b, want) in cases {
        assert_eq!(intersect(a, b), want, "intersect({a:?}, {b:?})");
    }
}

#[test]
fn search_single_term_lists_documents_in_id_order() {
    let docs = ["the quick brown fox", "a lazy dog", "the fox and the dog", "FOX!"];
    let index = Index::new(&docs);
    assert_eq!(index.search("fox"), [0, 2, 3], "docs: {docs:?}");
    assert_eq!(index.search("Dog"), [1, 2], "queries are case-insensitive; docs: {docs:?}");
    assert_eq!(index.search("cat"), Vec::<DocId>::new());
}

#[test]
fn search_requires_every_term() {
    let docs = ["the quick brown fox", "a lazy dog", "the fox and the dog", "the dog"];
    let index = Index::new(&docs);
    assert_eq!(index.search("the dog"), [2, 3], "docs: {docs:?}");
    assert_eq!(index.search("fox, dog, the"), [2]);
    assert_eq!(index.search("fox fox FOX"), [0, 2], "repeated query terms change nothing");
    assert_eq!(index.search("dog unicorn"), Vec::<DocId>::new(), "one absent term empties the result");
}

#[test]
fn queries_without_words_and_empty_indexes_match_nothing() {
    let index = Index::new(&["something"]);
    assert_eq!(index.search(""), Vec::<DocId>::new());
    assert_eq!(index.search("?!"), Vec::<DocId>::new());
    assert_eq!(index.ranked("   "), Vec::<(DocId, f64)>::new());
    let empty = Index::new(&[]);
    assert_eq!(empty.search("anything"), Vec::<DocId>::new());
    assert_eq!(empty.ranked("anything"), Vec::<(DocId, f64)>::new());
}

#[test]
fn unicode_documents_are_searchable() {
    let docs = ["Grüße aus München", "MÜNCHEN und Berlin", "東京 と 大阪", "Café au lait"];
    let index = Index::new(&docs);
    assert_eq!(index.search("münchen"), [0, 1], "docs: {docs:?}");
    assert_eq!(index.search("東京"), [2]);
    assert_eq!(index.search("CAFÉ"), [3]);
}

#[test]
fn ranking_weights_term_frequency() {
    let docs = ["rust rust rust", "rust and go", "go go", "python"];
    let index = Index::new(&docs);
    let n = 4.0;
    let want = [(0, 3.0 * idf(n, 2.0)), (1, idf(n, 2.0))];
    assert_ranked(&index.ranked("rust"), &want, "rust");
}

#[test]
fn rare_terms_outweigh_common_ones() {
    let docs = [
        "common common common",    // 0
        "common rare",             // 1
        "common common rare rare", // 2
        "common",                  // 3
    ];
    let index = Index::new(&docs);
    let (n, common, rare) = (4.0, idf(4.0, 4.0), idf(4.0, 2.0));
    assert!(rare > common);
    let want = [(2, 2.0 * common + 2.0 * rare), (1, common + rare)];
    assert_ranked(&index.ranked("rare common"), &want, "rare common");
    let want = [(0, 3.0 * common), (2, 2.0 * common), (1, common), (3, common)];
    assert_ranked(&index.ranked("common"), &want, "common");
    let _ = n;
}

#[test]
fn equal_scores_are_ordered_by_id() {
    let docs = ["b a", "x", "a b", "a  b", "a"];
    let index = Index::new(&docs);
    let s = idf(5.0, 4.0) + idf(5.0, 3.0);
    assert_ranked(&index.ranked("a b"), &[(0, s), (2, s), (3, s)], "a b");
    assert_ranked(&index.ranked("b a a"), &[(0, s), (2, s), (3, s)], "b a a");
}

#[test]
fn long_posting_lists_intersect_quickly() {
    // Term "two" is in the even documents, "three" in the multiples of 3.
    let n = 18_000;
    let docs: Vec<String> = (0..n)
        .map(|i| {
            let mut d = format!("doc{i}");
            if i % 2 == 0 {
                d.push_str(" two");
            }
            if i % 3 == 0 {
                d.push_str(" three");
            }
            d
        })
        .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let index = Index::new(&refs);
    let want: Vec<DocId> = (0..n).step_by(6).collect();
    let got = index.search("two three");
    assert_eq!(got.len(), want.len());
    assert_eq!(got, want);
    let evens: Vec<DocId> = (0..n).step_by(2).collect();
    let odds: Vec<DocId> = (1..n).step_by(2).collect();
    assert_eq!(intersect(&evens, &odds), Vec::<DocId>::new());
}
