use merkle_diff::*;
use std::ops::Range;

fn tree(blocks: &[Vec<u8>]) -> MerkleTree {
    let refs: Vec<&[u8]> = blocks.iter().map(Vec::as_slice).collect();
    MerkleTree::build(&refs)
}

/// n blocks with distinct contents.
fn blocks(n: usize) -> Vec<Vec<u8>> {
    (0..n).map(|i| format!("block #{i}").into_bytes()).collect()
}

/// A copy of `base` with the blocks at `changed` modified.
fn edited(base: &[Vec<u8>], changed: &[usize]) -> Vec<Vec<u8>> {
    let mut out = base.to_vec();
    for &i in changed {
        out[i].push(b'!');
    }
    out
}

/// The expected diff, from the list of changed indices.
fn ranges_of(changed: &[usize]) -> Vec<Range<usize>> {
    let mut sorted = changed.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in sorted {
        match out.last_mut() {
            Some(r) if r.end == i => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

fn check_diff(n: usize, changed: &[usize]) {
    let base = blocks(n);
    let (a, b) = (tree(&base), tree(&edited(&base, changed)));
    let want = ranges_of(changed);
    assert_eq!(a.diff(&b), want, "{n} blocks, changed {changed:?}");
    assert_eq!(b.diff(&a), want, "{n} blocks, changed {changed:?} (other direction)");
}

#[test]
fn identical_trees_have_no_differences() {
    let base = blocks(10);
    let (a, b) = (tree(&base), tree(&base));
    assert_eq!(a.len(), 10);
    assert_eq!(a.root(), b.root());
    assert!(a.root().is_some());
    assert_eq!(a.diff(&b), Vec::<Range<usize>>::new());
}

#[test]
fn empty_trees() {
    let (a, b) = (tree(&[]), tree(&[]));
    assert_eq!(a.len(), 0);
    assert!(a.is_empty());
    assert_eq!(a.root(), None);
    assert_eq!(a.diff(&b), Vec::<Range<usize>>::new());
}

#[test]
fn single_block() {
    let a = tree(&[b"x".to_vec()]);
    assert_eq!(a.root(), Some(Fnv::leaf(b"x")), "a one-block tree's root is the leaf digest");
    check_diff(1, &[]);
    check_diff(1, &[0]);
}

#[test]
fn root_covers_every_block_and_their_order() {
    let base = blocks(7);
    let root = tree(&base).root();
    for i in 0..7 {
        assert_ne!(tree(&edited(&base, &[i])).root(), root, "changing block {i} must change the root");
    }
    let mut swapped = base.clone();
    swapped.swap(2, 5);
    assert_ne!(tree(&swapped).root(), root, "swapping blocks must change the root");
    assert_eq!(tree(&base).diff(&tree(&swapped)), [2..3, 5..6]);
}

#[test]
fn one_changed_block_is_found_wherever_it_is() {
    for n in [2, 8, 64] {
        for i in 0..n {
            check_diff(n, &[i]);
        }
    }
}

#[test]
fn adjacent_differences_merge_into_one_range() {
    check_diff(16, &[2, 3, 4]);
    check_diff(16, &[7, 8]); // across the middle of the tree
    check_diff(16, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    check_diff(16, &[0, 5, 6, 15]);
}

#[test]
fn lengths_that_are_not_powers_of_two() {
    for n in 1..=33 {
        for i in 0..n {
            check_diff(n, &[i]);
        }
        check_diff(n, &[0, n - 1]);
    }
    check_diff(1000, &[1, 2, 500, 998, 999]);
}

#[test]
fn empty_and_zero_blocks_are_different() {
    let a = tree(&[vec![], vec![0], vec![0, 0]]);
    let b = tree(&[vec![0], vec![0], vec![0]]);
    assert_eq!(a.diff(&b), [0..1, 2..3]);
}

/// A transparent hasher to check the tree's shape: leaf = first byte,
/// node = left * 1000 + right.
struct Shape;
impl MerkleHasher for Shape {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        data[0] as u64
    }
    fn node(left: u64, right: u64) -> u64 {
        left.wrapping_mul(1000).wrapping_add(right)
    }
}

#[test]
fn odd_nodes_are_carried_up_unchanged() {
    let build = |n: u8| {
        let data: Vec<Vec<u8>> = (1..=n).map(|i| vec![i]).collect();
        let refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
        MerkleTree::<Shape>::build(&refs).root()
    };
    assert_eq!(build(1), Some(1));
    assert_eq!(build(2), Some(1_002));
    // [1 2 3] -> [1002, 3] -> 1002003
    assert_eq!(build(3), Some(1_002_003));
    assert_eq!(build(4), Some(1_002 * 1000 + 3_004));
    // [1 2 3 4 5] -> [1002, 3004, 5] -> [1005004, 5] -> 1005004005
    assert_eq!(build(5), Some((1_002 * 1000 + 3_004) * 1000 + 5));
}

#[test]
fn trees_of_different_length_cannot_be_diffed() {
    let message = panic_message(|| {
        tree(&blocks(4)).diff(&tree(&blocks(5)));
    });
    assert!(message.contains("length"), "expected a panic mentioning `length`, got: {message:?}");
}

#[test]
fn a_large_replica_with_a_few_stale_blocks() {
    let n = (1 << 15) + 3;
    let changed = [0, 7_777, 7_778, 30_000, n - 1];
    check_diff(n, &changed);
}

/// Runs `f`, expecting it to panic, and returns the panic message.
fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
    let payload = std::panic::catch_unwind(f).expect_err("expected a panic, but the call returned");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}
