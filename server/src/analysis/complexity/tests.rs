use super::*;
use crate::analysis::parse;
use expect_test::{expect, Expect};

/// Every estimate of the file, with its derivation.
fn check(src: &str, expect: Expect) {
    let tree = parse(src);
    let mut out = String::new();
    for e in estimate(src, &tree) {
        out.push_str(&format!("{}: {}\n", e.item, e.summary()));
        for s in &e.steps {
            assert!(s.range.end <= src.len());
            out.push_str(&format!("  time: {}\n", s.text));
        }
        for s in &e.space_steps {
            out.push_str(&format!("  space: {}\n", s.text));
        }
    }
    expect.assert_eq(&out);
}

#[test]
fn one_pass_with_a_hash_set() {
    check(
        r#"
use std::collections::HashSet;
pub fn pair_sum(nums: &[i64], target: i64) -> bool {
    let mut seen = HashSet::new();
    for &x in nums {
        if seen.contains(&(target - x)) { return true; }
        seen.insert(x);
    }
    false
}
"#,
        expect![[r#"
            pair_sum: O(n) time, O(n) space (high confidence)
              time: `for &x in nums` ×n
              space: `seen.insert(x)` grows inside loops: O(n)
        "#]],
    );
}

#[test]
fn vec_contains_in_a_loop() {
    check(
        r#"
pub fn pair_sum(nums: &[i64], target: i64) -> bool {
    let mut seen = Vec::new();
    for &x in nums {
        if seen.contains(&(target - x)) { return true; }
        seen.push(x);
    }
    false
}
"#,
        expect![[r#"
            pair_sum: O(n^2) time, O(n) space (high confidence)
              time: `for &x in nums` ×n
              time: `seen.contains(&(target - x))` on a Vec: O(n)
              space: `seen.push(x)` grows inside loops: O(n)
        "#]],
    );
}

#[test]
fn nested_loops_multiply_literal_bounds_do_not() {
    check(
        r#"
fn f(v: &[i32]) -> i32 {
    let mut s = 0;
    for i in 0..v.len() {
        for j in 0..10 {
            s += v[i] * j;
        }
        for k in i..v.len() {
            s += v[k];
        }
    }
    s
}
"#,
        expect![[r#"
            f: O(n^2) time, O(1) space (high confidence)
              time: `for i in 0..v.len()` ×n
              time: `for k in i..v.len()` ×n
        "#]],
    );
}

#[test]
fn halving_loops_and_binary_search() {
    check(
        r#"
fn search(v: &[i32], t: i32) -> bool {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if v[mid] < t { lo = mid + 1; } else { hi = mid; }
    }
    lo < v.len() && v[lo] == t
}
fn bits(mut x: u64) -> u32 {
    let mut c = 0;
    while x > 0 { c += (x & 1) as u32; x >>= 1; }
    c
}
fn all_found(v: &[i32], qs: &[i32]) -> bool {
    qs.iter().all(|q| v.binary_search(q).is_ok())
}
"#,
        expect![[r#"
            search: O(log n) time, O(1) space (high confidence)
              time: `while lo < hi` ×log n (halves the range each time)
            bits: O(log n) time, O(1) space (high confidence)
              time: `while x > 0` ×log n (halves the range each time)
            all_found: O(n log n) time, O(1) space (high confidence)
              time: `qs.iter().all(|q| v.binary_search(q).is_ok())` searches every element: O(n)
              time: `v.binary_search(q)` halves the range each step: O(log n)
        "#]],
    );
}

#[test]
fn work_lists_are_amortised() {
    check(
        r#"
use std::collections::VecDeque;
fn bfs(adj: &[Vec<usize>], s: usize) -> usize {
    let mut seen = vec![false; adj.len()];
    let mut q = VecDeque::from([s]);
    let mut n = 0;
    while let Some(u) = q.pop_front() {
        n += 1;
        for &v in &adj[u] {
            if !seen[v] { seen[v] = true; q.push_back(v); }
        }
    }
    n
}
"#,
        expect![[r#"
            bfs: O(n) time, O(n) space (high confidence; space is an upper bound)
              time: `while let Some(u) = q.pop_front()` ×n work list: every element is pushed and popped once
              space: `q.push_back(v)` grows inside loops: O(n)
        "#]],
    );
}

#[test]
fn hidden_linear_calls_in_methods() {
    check(
        r#"
use std::collections::{HashMap, BTreeMap, BinaryHeap};
struct S { order: Vec<u32>, map: HashMap<u32, u32>, tree: BTreeMap<u32, u32>, heap: BinaryHeap<u32> }
impl S {
    fn front(&mut self) -> u32 { self.order.remove(0) }
    fn back(&mut self) -> Option<u32> { self.order.pop() }
    fn lookup(&self, k: u32) -> Option<&u32> { self.map.get(&k) }
    fn ordered(&self, k: u32) -> Option<&u32> { self.tree.get(&k) }
    fn push(&mut self, x: u32) { self.heap.push(x) }
    fn sorted(&mut self) { self.order.sort_unstable() }
    fn has(&self, x: u32) -> bool { self.order.contains(&x) }
}
"#,
        expect![[r#"
            S::front: O(n) time, O(1) space (high confidence)
              time: `self.order.remove(0)` on a Vec: shifts every element left: O(n)
            S::back: O(1) time, O(1) space (high confidence)
            S::lookup: O(1) time, O(1) space (high confidence)
            S::ordered: O(log n) time, O(1) space (high confidence)
              time: `self.tree.get(&k)` on a BTreeMap: O(log n)
            S::push: O(log n) time, O(1) space (high confidence)
              time: `self.heap.push(x)` on a BinaryHeap: O(log n)
            S::sorted: O(n log n) time, O(1) space (high confidence)
              time: `self.order.sort_unstable()` sorts: O(n log n)
            S::has: O(n) time, O(1) space (high confidence)
              time: `self.order.contains(&x)` on a Vec: O(n)
        "#]],
    );
}

#[test]
fn recursion_shapes() {
    check(
        r#"
fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
fn msort(v: &[i32]) -> Vec<i32> {
    if v.len() < 2 { return v.to_vec(); }
    let mid = v.len() / 2;
    let (a, b) = (msort(&v[..mid]), msort(&v[mid..]));
    let mut out = Vec::with_capacity(v.len());
    out.extend(a.iter().chain(b.iter()));
    out.sort();
    out
}
fn qsort(v: &mut [i32]) {
    if v.len() < 2 { return; }
    let p = partition(v);
    qsort(&mut v[..p]);
    qsort(&mut v[p + 1..]);
}
fn partition(v: &mut [i32]) -> usize {
    let pivot = v[v.len() - 1];
    let mut i = 0;
    for j in 0..v.len() - 1 { if v[j] < pivot { v.swap(i, j); i += 1; } }
    let last = v.len() - 1;
    v.swap(i, last);
    i
}
"#,
        expect![[r#"
            fact: O(n) time, O(n) space (high confidence)
              time: `fact(n - 1)`: one call on n − 1: n levels: O(n)
              space: recursion depth: O(n)
            fib: O(2^n) time, O(n) space (high confidence)
              time: `fib(n - 1)` and `fib(n - 2)`: two calls on n − 1 and n − 2 without memo: exponential: O(2^n)
              space: recursion depth: O(n)
            msort: O(n log^2 n) time, O(n) space (high confidence)
              time: `msort(&v[..mid])` and `msort(&v[mid..])`: 2 calls on halves (divide and conquer): O(n log^2 n)
              time: `out.sort()` sorts: O(n log n)
              space: `out.extend(a.iter().chain(b.iter()))` adds every element: O(n)
            qsort: O(n^2) time, O(n) space (medium confidence)
              time: `qsort(&mut v[..p])` and `qsort(&mut v[p + 1..])`: partition + two calls, the pivot at a fixed position (`v.len() - 1`): O(n log n) on average, O(n^2) in the worst case (sorted input for an end element): O(n^2)
              time: `partition(v)` calls `partition`: O(n)
              time: `for j in 0..v.len() - 1` ×n
              space: recursion depth: O(n)
            partition: O(n) time, O(1) space (high confidence)
              time: `for j in 0..v.len() - 1` ×n
        "#]],
    );
}

#[test]
fn iterator_chains_and_closures() {
    check(
        r#"
fn f(v: &[i64]) -> i64 {
    let best = v.iter().map(|x| v.iter().filter(|y| *y < x).count() as i64).max().unwrap_or(0);
    let firsts: Vec<i64> = v.iter().take(3).copied().collect();
    best + firsts.len() as i64
}
fn g(s: &str) -> usize {
    let mut n = 0;
    for i in 0..s.len() {
        if s.chars().nth(i) == Some('a') { n += 1; }
    }
    n
}
"#,
        expect![[r#"
            f: O(n^2) time, O(1) space (high confidence)
              time: `v.iter().map(|x| v.iter().filter(|y| *y < x).count() as i…` walks every element: O(n)
              time: `v.iter().filter(|y| *y < x).count()` walks every element: O(n)
            g: O(n^2) time, O(1) space (high confidence)
              time: `for i in 0..s.len()` ×n
              time: `s.chars().nth(i)` walks the characters from the start: O(n)
        "#]],
    );
}

#[test]
fn helper_calls_scale_with_their_arguments() {
    check(
        r#"
fn hash(bytes: &[u8]) -> u64 {
    let mut h = 0u64;
    for &b in bytes { h = h.wrapping_mul(31) ^ b as u64; }
    h
}
fn hash_all(words: &[Vec<u8>]) -> u64 {
    let mut h = 0;
    for w in words { h ^= hash(&w.len().to_le_bytes()); }
    h
}
fn hash_twice(bytes: &[u8]) -> u64 {
    let mut h = 0;
    for _ in 0..bytes.len() { h ^= hash(bytes); }
    h
}
"#,
        expect![[r#"
            hash: O(n) time, O(1) space (high confidence)
              time: `for &b in bytes` ×n
            hash_all: O(n) time, O(1) space (high confidence)
              time: `for w in words` ×n
            hash_twice: O(n^2) time, O(1) space (high confidence)
              time: `for _ in 0..bytes.len()` ×n
              time: `hash(bytes)` calls `hash`: O(n)
              time: `for &b in bytes` ×n
        "#]],
    );
}

#[test]
fn returning_branches_are_charged_once() {
    check(
        r#"
fn find(v: &[i32], t: i32) -> Option<Vec<i32>> {
    for &x in v {
        if x == t {
            let mut out = v.to_vec();
            out.sort();
            return Some(out);
        }
    }
    None
}
"#,
        expect![[r#"
            find: O(n log n) time, O(n) space (high confidence)
              time: `out.sort()` sorts: O(n log n)
              space: `v.to_vec()` copies the data: O(n)
        "#]],
    );
}

#[test]
fn a_scan_skipped_until_its_mark_is_charged_once_per_loop() {
    check(
        r#"
fn longest_word(b: &[u8]) -> usize {
    let mut best = 0;
    let mut skip_to = 0;
    for i in 0..b.len() {
        if i >= skip_to {
            let end = word_end(b, i);
            best = best.max(end - i);
            skip_to = end + 1;
        }
    }
    best
}
fn word_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() { j += 1; }
    j
}
"#,
        expect![[r#"
            longest_word: O(n) time, O(1) space (medium confidence)
              time: `word_end(b, i)` calls `word_end`: O(n) in all, amortised: it only runs once `i` has reached `skip_to`, and then moves `skip_to` on, so no run is read twice
              time: `while j < b.len() && b[j].is_ascii_alphabetic()` ×n
            word_end: O(n) time, O(1) space (high confidence)
              time: `while j < b.len() && b[j].is_ascii_alphabetic()` ×n
        "#]],
    );
}

/// The findings for `src` against `targets` (TOML `[[target]]` tables).
fn check_findings(targets: &str, src: &str, expect: Expect) {
    #[derive(serde::Deserialize)]
    struct T {
        target: Vec<crate::catalog::Target>,
    }
    let targets: T = toml::from_str(targets).unwrap();
    let tree = parse(src);
    let estimates = estimate(src, &tree);
    let mut out = String::new();
    for f in complexity_findings(&estimates, &targets.target) {
        out.push_str(&format!(
            "{} {:?} `{}`: {}\n",
            f.code,
            f.severity,
            &src[f.range.clone()],
            f.message
        ));
        for r in &f.related {
            out.push_str(&format!(
                "  related `{}`: {}\n",
                &src[r.range.clone()],
                r.message
            ));
        }
    }
    expect.assert_eq(&out);
}

const PAIR_SUM: &str = r#"
[[target]]
item = "pair_sum"
time = "O(n)"
space = "O(n)"
"#;

#[test]
fn finding_for_vec_contains_in_a_loop() {
    check_findings(
        PAIR_SUM,
        r#"
pub fn pair_sum(nums: &[i64], target: i64) -> bool {
    let mut seen = Vec::new();
    for &x in nums {
        if seen.contains(&(target - x)) { return true; }
        seen.push(x);
    }
    false
}
"#,
        expect![[r#"
            complexity/vec-contains-in-loop Warning `seen.contains(&(target - x))`: `pair_sum` is O(n^2), the target is O(n): `for &x in nums` ×n, inside it `seen.contains(&(target - x))` on a Vec: O(n) (n × n = n^2). Keep the values in a HashSet (O(1) `contains`), or sort once and use `binary_search`.
              related `for &x in nums`: this loop multiplies the cost: `for &x in nums` ×n
              related `pair_sum`: `pair_sum` is estimated O(n^2) (target O(n))
        "#]],
    );
}

#[test]
fn finding_for_nested_loops() {
    check_findings(
        PAIR_SUM,
        r#"
pub fn pair_sum(nums: &[i64], target: i64) -> bool {
    for i in 0..nums.len() {
        for j in i + 1..nums.len() {
            if nums[i] + nums[j] == target { return true; }
        }
    }
    false
}
"#,
        expect![[r#"
            complexity/nested-loop Warning `for j in i + 1..nums.len()`: `pair_sum` is O(n^2), the target is O(n): `for i in 0..nums.len()` ×n, inside it `for j in i + 1..nums.len()` ×n (n × n = n^2). Replace the inner loop with a lookup (HashMap/HashSet), two pointers over sorted data, or a sliding window.
              related `for i in 0..nums.len()`: this loop multiplies the cost: `for i in 0..nums.len()` ×n
              related `pair_sum`: `pair_sum` is estimated O(n^2) (target O(n))
        "#]],
    );
}

#[test]
fn no_finding_when_the_target_is_met() {
    check_findings(
        PAIR_SUM,
        r#"
use std::collections::HashSet;
pub fn pair_sum(nums: &[i64], target: i64) -> bool {
    let mut seen = HashSet::new();
    nums.iter().any(|&x| { let hit = seen.contains(&(target - x)); seen.insert(x); hit })
}
"#,
        expect![[r#""#]],
    );
}

#[test]
fn finding_for_remove_front_in_an_o1_method_and_for_space() {
    check_findings(
        r#"
[[target]]
item = "Queue::pop"
time = "O(1)"
space = "O(1)"

[[target]]
item = "is_palindrome"
time = "O(n)"
space = "O(1)"
"#,
        r#"
pub struct Queue { items: Vec<u32> }
impl Queue {
    pub fn pop(&mut self) -> Option<u32> {
        if self.items.is_empty() { None } else { Some(self.items.remove(0)) }
    }
}
pub fn is_palindrome(s: &str) -> bool {
    let r: String = s.chars().rev().collect();
    r == s
}
"#,
        expect![[r#"
            complexity/remove-front Warning `self.items.remove(0)`: `Queue::pop` is O(n), the target is O(1): `self.items.remove(0)` on a Vec: shifts every element left: O(n). Avoid the shift: a VecDeque (`pop_front` is O(1)), an index to the front that moves forward, or a second Vec kept in reverse order (pop from its end).
              related `pop`: `Queue::pop` is estimated O(n) (target O(1))
            complexity/extra-space Warning `s.chars().rev().collect()`: `s.chars().rev().collect()` collects the elements: O(n): `is_palindrome` uses O(n) extra space; the target is O(1). Work in place, or keep a constant number of variables (indices, a running value) instead of a copy.
              related `is_palindrome`: `is_palindrome` is estimated O(n) extra space
        "#]],
    );
}

#[test]
fn finding_for_exponential_recursion_is_a_hint_when_unsure() {
    check_findings(
        r#"
[[target]]
item = "fib"
time = "O(n)"

[[target]]
item = "walk"
time = "O(1)"
"#,
        r#"
pub fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
pub fn walk(v: &[u32]) -> u32 {
    let mut i = 0;
    let mut s = 0;
    loop {
        if v[i] == 0 { break; }
        s += v[i];
        i = v[i] as usize;
    }
    s
}
"#,
        expect![[r#"
            complexity/exponential-recursion Warning `fib(n - 1)`: `fib` is O(2^n), the target is O(n): `fib(n - 1)` and `fib(n - 2)`: two calls on n − 1 and n − 2 without memo: exponential: O(2^n). Memoise the results (a HashMap or a Vec indexed by the argument) or build them bottom-up.
              related `fib`: `fib` is estimated O(2^n) (target O(n))
        "#]],
    );
}

#[test]
fn sequential_loops_are_not_reported_as_nested() {
    check_findings(
        "[[target]]\nitem = \"two\"\ntime = \"O(n + m)\"\n",
        r#"
fn two(a: &[i32], b: &[i32]) -> usize {
    let mut c = 0;
    for x in a {
        if b.contains(x) { c += 1; }
    }
    for y in b {
        if a.contains(y) { c += 1; }
    }
    c
}
"#,
        expect![[r#"
            complexity/vec-contains-in-loop Warning `a.contains(y)`: `two` is O(n^2), the target is O(n + m), which the estimate, counting one size n, compares as O(n): `for y in b` ×n, inside it `a.contains(y)` on a slice: O(n) (n × n = n^2). Keep the values in a HashSet (O(1) `contains`), or sort once and use `binary_search`.
              related `for y in b`: this loop multiplies the cost: `for y in b` ×n
              related `two`: `two` is estimated O(n^2) (target O(n + m))
        "#]],
    );
}

#[test]
fn output_sensitive_target_quoted_as_written() {
    check_findings(
        "[[target]]\nitem = \"changed\"\ntime = \"O(d log n)\"\n",
        r#"
fn changed(mine: &[u64], theirs: &[u64]) -> Vec<usize> {
    let mut out = Vec::new();
    for i in 0..mine.len() {
        if mine[i] != theirs[i] { out.push(i); }
    }
    out
}
"#,
        expect![[r#"
            complexity/walks-input Warning `for i in 0..mine.len()`: `for i in 0..mine.len()` ×n: `changed` visits every element of an input, so it costs O(n) even when the output is a single item (estimated O(n) in all); the target is O(d log n), which grows with the output. Reach only the parts that can contribute (through an index, an ordered structure or a tree, skipping what is known to be unchanged) instead of visiting everything.
              related `changed`: `changed` is estimated O(n) (target O(d log n))
        "#]],
    );
}

#[test]
fn a_target_in_other_sizes_says_how_it_is_compared() {
    let read = |t: &str| super::findings::read_as_n(t);
    expect!["O(n log n) | O(1) amortised | O(d), which the estimate, counting one size n, compares as O(n) | O(log p), which the estimate, counting one size n, compares as O(log n) | O(V + E), which the estimate, counting one size n, compares as O(n)"]
    .assert_eq(
        &["O(n log n)", "O(1) amortised", "O(d)", "O(log p)", "O(V + E)"]
            .map(read)
            .join(" | "),
    );
}
