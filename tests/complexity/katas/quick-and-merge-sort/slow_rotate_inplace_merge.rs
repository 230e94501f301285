// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): to avoid a buffer, the merge rotates each right-run item into place with rotate_right(1), shifting the left run every time
//! Quicksort and merge sort, written by hand: see README.md.

fn median3<T: Ord>(v: &[T]) -> usize {
    let (a, b, c) = (0, v.len() / 2, v.len() - 1);
    if (v[a] <= v[b]) == (v[b] <= v[c]) {
        b
    } else if (v[b] <= v[a]) == (v[a] <= v[c]) {
        a
    } else {
        c
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = median3(v);
        let last = v.len() - 1;
        v.swap(p, last);
        // three-way: [< | == | unknown | >]
        let (mut lt, mut i, mut gt) = (0, 0, last);
        while i < gt {
            if v[i] < v[last] {
                v.swap(i, lt);
                lt += 1;
                i += 1;
            } else if v[i] > v[last] {
                gt -= 1;
                v.swap(i, gt);
            } else {
                i += 1;
            }
        }
        v.swap(gt, last);
        let eq_end = gt + 1;
        let (l, r) = v.split_at_mut(lt);
        let r = &mut r[eq_end - lt..];
        if l.len() < r.len() {
            quicksort(l);
            v = r;
        } else {
            quicksort(r);
            v = l;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut i = 0;
    let mut j = mid;
    while i < j && j < n {
        if items[j] < items[i] {
            items[i..=j].rotate_right(1);
            j += 1;
        }
        i += 1;
    }
}
