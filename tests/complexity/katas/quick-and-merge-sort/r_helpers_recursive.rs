// learner: optimal
// idiom: R-style small pure helpers (median-of-quarters index, 3-way partition returning bounds), recurse on the smaller side and loop on the larger; merge sort collects each merged run into a fresh Vec then copies back
use std::cmp::Ordering;

fn median_of_three<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    if v[a] <= v[b] {
        if v[b] <= v[c] { b } else if v[a] <= v[c] { c } else { a }
    } else if v[a] <= v[c] {
        a
    } else if v[b] <= v[c] {
        c
    } else {
        b
    }
}

fn quarter_pivot<T: Ord>(v: &[T]) -> usize {
    let n = v.len();
    median_of_three(v, n / 4, n / 2, 3 * n / 4)
}

/// Partitions v around v[0]; returns (lt, gt) with v[..lt] < p, v[lt..gt] == p, v[gt..] > p.
fn partition3<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[lt]) {
            Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = quarter_pivot(v);
        v.swap(0, p);
        let (lt, gt) = partition3(v);
        let (left, rest) = v.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

fn merged<T: Ord + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if b[j] < a[i] {
            out.push(b[j].clone());
            j += 1;
        } else {
            out.push(a[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let m = merged(&items[..mid], &items[mid..]);
    items.clone_from_slice(&m);
}
