// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: enterprise: SortAlgorithm trait with one impl each, PivotStrategy enum, PartitionBounds struct, loop-on-larger quicksort, bottom-up ping-pong merge sort with a MergePass helper)
//! Quicksort and merge sort, written by hand.

use std::ops::Range;

/// An in-place sorting algorithm.
trait SortAlgorithm<T> {
    fn run(&self, items: &mut [T]);
}

/// How quicksort chooses its pivot.
#[derive(Debug, Clone, Copy, Default)]
enum PivotStrategy {
    /// Median of the first, middle and last items.
    #[default]
    MedianOfThree,
}

impl PivotStrategy {
    /// Index of the chosen pivot inside `items` (non-empty).
    fn choose<T: Ord>(self, items: &[T]) -> usize {
        match self {
            PivotStrategy::MedianOfThree => {
                let (a, b, c) = (0, items.len() / 2, items.len() - 1);
                median_index(items, a, b, c)
            }
        }
    }
}

fn median_index<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    let (x, y, z) = (&items[a], &items[b], &items[c]);
    if (x <= y) == (y <= z) {
        b
    } else if (y <= x) == (x <= z) {
        a
    } else {
        c
    }
}

/// Result of a three-way partition: `less` and `greater` still need sorting.
#[derive(Debug, Clone)]
struct PartitionBounds {
    less: Range<usize>,
    greater: Range<usize>,
}

/// Quicksort with a three-way (Dutch national flag) partition.
#[derive(Debug, Default)]
struct QuickSort {
    pivot: PivotStrategy,
}

impl QuickSort {
    /// Below this size the loop stops: 0 or 1 items are sorted.
    const TRIVIAL_LEN: usize = 1;

    fn partition<T: Ord>(&self, items: &mut [T]) -> PartitionBounds {
        let chosen = self.pivot.choose(items);
        items.swap(0, chosen);
        // items[lt] is always an item equal to the pivot.
        let (mut lt, mut i, mut gt) = (0, 1, items.len());
        while i < gt {
            match items[i].cmp(&items[lt]) {
                std::cmp::Ordering::Less => {
                    items.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    items.swap(i, gt);
                }
                std::cmp::Ordering::Equal => i += 1,
            }
        }
        PartitionBounds { less: 0..lt, greater: gt..items.len() }
    }
}

impl<T: Ord> SortAlgorithm<T> for QuickSort {
    fn run(&self, items: &mut [T]) {
        let mut rest = items;
        while rest.len() > Self::TRIVIAL_LEN {
            let bounds = self.partition(rest);
            let (head, tail) = rest.split_at_mut(bounds.greater.start);
            let less = &mut head[bounds.less];
            // Recurse into the smaller side, keep looping on the larger one.
            if less.len() <= tail.len() {
                self.run(less);
                rest = tail;
            } else {
                self.run(tail);
                rest = less;
            }
        }
    }
}

/// One pass of bottom-up merging: runs of `width` from `src` into `dst`.
struct MergePass<'a, T> {
    src: &'a [T],
    dst: &'a mut [T],
    width: usize,
}

impl<T: Ord + Clone> MergePass<'_, T> {
    fn execute(self) {
        let len = self.src.len();
        let mut start = 0;
        while start < len {
            let mid = (start + self.width).min(len);
            let end = (start + 2 * self.width).min(len);
            Self::merge_runs(self.src, self.dst, start, mid, end);
            start = end;
        }
    }

    fn merge_runs(src: &[T], dst: &mut [T], start: usize, mid: usize, end: usize) {
        let (mut left, mut right) = (start, mid);
        for slot in &mut dst[start..end] {
            // `<=` takes the left item on ties: that keeps the sort stable.
            let take_left = right >= end || (left < mid && src[left] <= src[right]);
            if take_left {
                *slot = src[left].clone();
                left += 1;
            } else {
                *slot = src[right].clone();
                right += 1;
            }
        }
    }
}

/// Stable bottom-up merge sort with one buffer of n items.
#[derive(Debug, Default)]
struct MergeSort;

impl<T: Ord + Clone> SortAlgorithm<T> for MergeSort {
    fn run(&self, items: &mut [T]) {
        let len = items.len();
        if len < 2 {
            return;
        }
        let mut buffer: Vec<T> = items.to_vec();
        let mut data_in_items = true;
        let mut width = 1;
        while width < len {
            if data_in_items {
                MergePass { src: &*items, dst: &mut buffer, width }.execute();
            } else {
                MergePass { src: &buffer, dst: &mut *items, width }.execute();
            }
            data_in_items = !data_in_items;
            width *= 2;
        }
        if !data_in_items {
            items.clone_from_slice(&buffer);
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    QuickSort::default().run(items);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    MergeSort.run(items);
}
