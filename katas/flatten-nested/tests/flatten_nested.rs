use flatten_nested::{flatten, Nested};

fn v(x: i64) -> Nested {
    Nested::Value(x)
}

fn list(items: Vec<Nested>) -> Nested {
    Nested::List(items)
}

fn check(input: Nested, want: Vec<i64>) {
    let got = flatten(&input);
    assert_eq!(got, want, "input: {input:?}");
}

#[test]
fn example_from_the_prompt() {
    // [1, [2, [3, 4], 5], 6]
    let input = list(vec![v(1), list(vec![v(2), list(vec![v(3), v(4)]), v(5)]), v(6)]);
    check(input, vec![1, 2, 3, 4, 5, 6]);
}

#[test]
fn a_bare_value() {
    check(v(7), vec![7]);
}

#[test]
fn empty_list() {
    check(list(vec![]), vec![]);
}

#[test]
fn only_empty_lists() {
    // [[], [[]], [[], [[]]]]
    let input = list(vec![
        list(vec![]),
        list(vec![list(vec![])]),
        list(vec![list(vec![]), list(vec![list(vec![])])]),
    ]);
    check(input, vec![]);
}

#[test]
fn flat_list_keeps_order_duplicates_and_negatives() {
    check(list(vec![v(3), v(-1), v(3), v(0), v(-1)]), vec![3, -1, 3, 0, -1]);
}

#[test]
fn extreme_values() {
    check(list(vec![v(i64::MIN), list(vec![v(i64::MAX)]), v(0)]), vec![i64::MIN, i64::MAX, 0]);
}

#[test]
fn nesting_on_either_side() {
    // [[[1], 2], 3] and [1, [2, [3]]]
    check(list(vec![list(vec![list(vec![v(1)]), v(2)]), v(3)]), vec![1, 2, 3]);
    check(list(vec![v(1), list(vec![v(2), list(vec![v(3)])])]), vec![1, 2, 3]);
    // Empty lists scattered between values.
    check(list(vec![list(vec![]), v(1), list(vec![list(vec![]), v(2)]), list(vec![])]), vec![1, 2]);
}

#[test]
fn singleton_lists() {
    // [[[[5]]]]
    check(list(vec![list(vec![list(vec![v(5)])])]), vec![5]);
}

#[test]
fn very_deep_chain_does_not_overflow() {
    // [[[[ ... [42] ... ]]]] with 100_000 levels.
    let depth = 100_000;
    let mut input = v(42);
    for _ in 0..depth {
        input = list(vec![input]);
    }
    let got = flatten(&input);
    assert_eq!(got, vec![42], "input: 42 nested {depth} lists deep");
}

#[test]
fn very_deep_right_comb_keeps_order() {
    // [0, [1, [2, [ ... [99_999] ... ]]]]: every level holds a value, then the rest.
    let depth = 100_000i64;
    let mut input = list(vec![]);
    for i in (0..depth).rev() {
        input = list(vec![v(i), input]);
    }
    let want: Vec<i64> = (0..depth).collect();
    let got = flatten(&input);
    assert!(got == want, "input: right comb of depth {depth}; got {} values, first {:?}", got.len(), &got[..got.len().min(5)]);
}

#[test]
fn deep_left_comb_keeps_order() {
    // [[[ ... [[], 0], 1] ... ], 19_999]: every level holds the rest first, then a value.
    let depth = 20_000i64;
    let mut input = list(vec![]);
    for i in 0..depth {
        input = list(vec![input, v(i)]);
    }
    let want: Vec<i64> = (0..depth).collect();
    let got = flatten(&input);
    assert!(got == want, "input: left comb of depth {depth}; got {} values, first {:?}", got.len(), &got[..got.len().min(5)]);
}

#[test]
fn wide_list_is_fast() {
    // 60_000 entries, some of them small sub-lists: [0, [1, 2], 3, [4, 5], ...].
    let n = 60_000i64;
    let mut items = Vec::new();
    let mut i = 0;
    while i < n {
        if i % 3 == 1 && i + 1 < n {
            items.push(list(vec![v(i), v(i + 1)]));
            i += 2;
        } else {
            items.push(v(i));
            i += 1;
        }
    }
    let input = list(items);
    let want: Vec<i64> = (0..n).collect();
    let got = flatten(&input);
    assert!(got == want, "input: wide list of 0..{n}; got {} values, first {:?}", got.len(), &got[..got.len().min(5)]);
}
