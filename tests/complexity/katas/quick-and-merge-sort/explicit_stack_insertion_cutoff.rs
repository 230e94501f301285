// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: iterative quicksort with an explicit Vec stack of ranges (push the larger part, process the smaller: stack O(log n)), insertion sort for slices of <= 16 items (constant size), Hoare-style 3-way partition; bottom-up merge sort)
use std::ops::Range;

const SMALL: usize = 16;

fn insertion<T: Ord>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn median_of_three<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    if items[a] < items[b] {
        if items[b] < items[c] { b } else if items[a] < items[c] { c } else { a }
    } else if items[a] < items[c] {
        a
    } else if items[b] < items[c] {
        c
    } else {
        b
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut stack: Vec<Range<usize>> = vec![0..items.len()];
    while let Some(range) = stack.pop() {
        let mut range = range;
        while range.len() > SMALL {
            let s = &mut items[range.clone()];
            let n = s.len();
            let p = median_of_three(s, 0, n / 2, n - 1);
            s.swap(0, p);
            let (mut lt, mut i, mut gt) = (0, 1, n);
            while i < gt {
                if s[i] < s[lt] {
                    s.swap(i, lt);
                    lt += 1;
                    i += 1;
                } else if s[i] > s[lt] {
                    gt -= 1;
                    s.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            let left = range.start..range.start + lt;
            let right = range.start + gt..range.end;
            if left.len() < right.len() {
                stack.push(right);
                range = left;
            } else {
                stack.push(left);
                range = right;
            }
        }
        insertion(&mut items[range]);
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut width = 1;
    let mut in_items = true; // where the current runs live
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) = if in_items { (&*items, &mut buf[..]) } else { (&buf[..], &mut *items) };
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j, mut k) = (start, mid, start);
                while i < mid && j < end {
                    if src[i] <= src[j] {
                        dst[k] = src[i].clone();
                        i += 1;
                    } else {
                        dst[k] = src[j].clone();
                        j += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    dst[k] = src[i].clone();
                    i += 1;
                    k += 1;
                }
                while j < end {
                    dst[k] = src[j].clone();
                    j += 1;
                    k += 1;
                }
                start = end;
            }
        }
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        items.clone_from_slice(&buf);
    }
}
