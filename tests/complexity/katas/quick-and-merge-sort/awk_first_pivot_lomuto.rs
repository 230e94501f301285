// learner: slow
// idiom: awk/sed one-liner sysadmin: the textbook qsort from the awk book (first item as pivot, one Lomuto pass, recurse both sides); merge sort top-down with a tmp Vec
// why: quicksort is O(n^2) on sorted, reversed and all-equal input vs target O(n log n) expected (first-item pivot, two-way partition, recursion depth n); merge_sort is O(n log n)
//! Quicksort and merge sort, written by hand: see README.md.

fn qsort<T: Ord>(a: &mut [T], left: usize, right: usize) {
    // like the awk book: if (left >= right) return
    if left >= right {
        return;
    }
    let mut last = left;
    for i in left + 1..=right {
        if a[i] < a[left] {
            last += 1;
            a.swap(last, i);
        }
    }
    a.swap(left, last);
    if last > left {
        qsort(a, left, last - 1);
    }
    qsort(a, last + 1, right);
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() > 1 {
        let r = items.len() - 1;
        qsort(items, 0, r);
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let m = n / 2;
    merge_sort(&mut items[..m]);
    merge_sort(&mut items[m..]);
    let mut tmp = Vec::with_capacity(n);
    let (mut i, mut j) = (0, m);
    while i < m && j < n {
        if items[j] < items[i] {
            tmp.push(items[j].clone());
            j += 1;
        } else {
            tmp.push(items[i].clone());
            i += 1;
        }
    }
    tmp.extend_from_slice(&items[i..m]);
    tmp.extend_from_slice(&items[j..]);
    items.clone_from_slice(&tmp);
}
