use min_heap::MinHeap;
use std::cell::Cell;
use std::cmp::Ordering;

/// Pops everything, smallest first.
fn drain<T: Ord>(mut heap: MinHeap<T>) -> Vec<T> {
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    out
}

fn sorted<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    let mut v = items.to_vec();
    v.sort();
    v
}

/// Deterministic pseudo-random numbers for the tests.
fn lcg(seed: u64, n: usize) -> Vec<i64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) as i64 - (1 << 30)
        })
        .collect()
}

#[test]
fn empty_heap() {
    let mut heap: MinHeap<i32> = MinHeap::new();
    assert!(heap.is_empty(), "a new heap must be empty");
    assert_eq!(heap.len(), 0, "len of a new heap");
    assert_eq!(heap.peek(), None, "peek on an empty heap");
    assert_eq!(heap.pop(), None, "pop on an empty heap");
    let heap: MinHeap<i32> = MinHeap::from_vec(Vec::new());
    assert_eq!(drain(heap), Vec::<i32>::new(), "from_vec(vec![])");
}

#[test]
fn single_item() {
    let mut heap = MinHeap::new();
    heap.push(42);
    assert_eq!(heap.peek(), Some(&42), "peek after push(42)");
    assert_eq!(heap.len(), 1, "len after one push");
    assert_eq!(heap.pop(), Some(42), "pop after push(42)");
    assert_eq!(heap.pop(), None, "second pop");
    assert!(heap.is_empty(), "empty after popping the only item");
    assert_eq!(
        drain(MinHeap::from_vec(vec![7])),
        vec![7],
        "from_vec(vec![7])"
    );
}

#[test]
fn pushes_come_out_smallest_first() {
    let input = [5, 3, 8, 1, 9, 2, 7];
    let mut heap = MinHeap::new();
    for &x in &input {
        heap.push(x);
    }
    assert_eq!(heap.len(), input.len(), "len after pushing {input:?}");
    assert_eq!(heap.peek(), Some(&1), "peek after pushing {input:?}");
    assert_eq!(drain(heap), sorted(&input), "pushed {input:?}");
}

#[test]
fn from_vec_then_pop_everything() {
    for input in [
        vec![4, 1, 3, 2],
        vec![1, 2, 3, 4, 5],
        vec![5, 4, 3, 2, 1],
        vec![2, 1],
        vec![0, -1, -2, 7, -2, 9, 3, 3],
    ] {
        assert_eq!(
            drain(MinHeap::from_vec(input.clone())),
            sorted(&input),
            "from_vec({input:?})"
        );
    }
}

#[test]
fn duplicates_negatives_and_extremes() {
    let input = vec![3, -1, 3, i64::MIN, 0, -1, i64::MAX, 3, i64::MIN];
    assert_eq!(
        drain(MinHeap::from_vec(input.clone())),
        sorted(&input),
        "from_vec({input:?})"
    );
    let same = vec![7; 10];
    assert_eq!(
        drain(MinHeap::from_vec(same.clone())),
        same,
        "from_vec of ten 7s"
    );
}

#[test]
fn works_for_any_ord_type() {
    let words = ["pear", "apple", "fig", "Zebra", "banana", "éclair", ""];
    let heap = MinHeap::from_vec(words.iter().map(|w| w.to_string()).collect());
    let want: Vec<String> = sorted(&words).into_iter().map(String::from).collect();
    assert_eq!(drain(heap), want, "from_vec({words:?})");
    // Tuples order by their first field, then the second: a common "priority, payload" trick.
    let tasks = vec![(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")];
    assert_eq!(
        drain(MinHeap::from_vec(tasks.clone())),
        sorted(&tasks),
        "from_vec({tasks:?})"
    );
}

#[test]
fn interleaved_pushes_and_pops_match_a_model() {
    let values = lcg(7, 3_000);
    let mut heap = MinHeap::new();
    let mut model: Vec<i64> = Vec::new();
    for (step, &v) in values.iter().enumerate() {
        if v % 3 == 0 {
            let want = model
                .iter()
                .copied()
                .enumerate()
                .min_by_key(|&(_, x)| x)
                .map(|(i, _)| model.swap_remove(i));
            assert_eq!(heap.pop(), want, "step {step}: pop");
        } else {
            heap.push(v);
            model.push(v);
        }
        assert_eq!(heap.len(), model.len(), "step {step}: len");
        assert_eq!(heap.peek(), model.iter().min(), "step {step}: peek");
    }
}

thread_local! {
    static COMPARISONS: Cell<u64> = const { Cell::new(0) };
}

/// An integer that counts how often it is compared.
#[derive(Debug, PartialEq, Eq)]
struct Counted(i64);

impl PartialOrd for Counted {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Counted {
    fn cmp(&self, other: &Self) -> Ordering {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0.cmp(&other.0)
    }
}

#[test]
fn from_vec_uses_a_linear_number_of_comparisons() {
    // Descending input is the worst case for building a min-heap by n pushes (every new item
    // climbs to the root: n log n comparisons). Bottom-up heapify needs fewer than 2n.
    let n = 1 << 16;
    let items: Vec<Counted> = (0..n as i64).rev().map(Counted).collect();
    COMPARISONS.with(|c| c.set(0));
    let mut heap = MinHeap::from_vec(items);
    let used = COMPARISONS.with(|c| c.get());
    assert!(
        used <= 3 * n as u64,
        "from_vec of {n} descending items made {used} comparisons; O(n) allows at most {}",
        3 * n
    );
    assert_eq!(heap.len(), n, "len after from_vec of {n} items");
    for want in 0..5 {
        assert_eq!(
            heap.pop(),
            Some(Counted(want)),
            "pop #{want} after from_vec of {n} descending items"
        );
    }
}

#[test]
fn many_pops_are_fast() {
    let input = lcg(42, 9_000);
    let mut heap = MinHeap::from_vec(input.clone());
    for &x in input.iter().take(1_500) {
        heap.push(x);
    }
    let mut want = input.clone();
    want.extend_from_slice(&input[..1_500]);
    want.sort();
    let got = drain(heap);
    assert!(got == want, "from_vec of 9000 pseudo-random values + 1500 pushes: wrong order (first difference at {:?})",
        got.iter().zip(&want).position(|(a, b)| a != b));
    assert_eq!(got.len(), want.len(), "number of items popped");
}
