// learner: optimal
// idiom: functional merge sort returning fresh Vecs, merge over two peekable iterators with match guards; quicksort by Dutch-flag partition, recurse smaller / loop larger
use std::cmp::Ordering;

fn median_of_three<T: Ord>(v: &[T]) -> usize {
    // sample at the quartiles: first/middle/last degrades on sorted input after a Dutch-flag pass
    let n = v.len();
    let (a, b, c) = (n / 4, n / 2, 3 * n / 4);
    match (v[a] <= v[b], v[b] <= v[c], v[a] <= v[c]) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Moves the pivot to the front and partitions three ways; returns (end of <, start of >).
fn partition3<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let p = median_of_three(v);
    v.swap(0, p);
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
    let mut rest = items;
    while rest.len() > 1 {
        let (lt, gt) = partition3(rest);
        let (low, tail) = rest.split_at_mut(lt);
        let (_equal, high) = tail.split_at_mut(gt - lt);
        if low.len() < high.len() {
            quicksort(low);
            rest = high;
        } else {
            quicksort(high);
            rest = low;
        }
    }
}

fn merge<T: Ord + Clone>(left: &[T], right: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.iter().peekable();
    let mut r = right.iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) if a <= b => out.push(l.next().unwrap().clone()),
            (Some(_), Some(_)) => out.push(r.next().unwrap().clone()),
            (Some(_), None) => out.extend(l.by_ref().cloned()),
            (None, Some(_)) => out.extend(r.by_ref().cloned()),
            (None, None) => break,
        }
    }
    out
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let merged = merge(&items[..mid], &items[mid..]);
    items.clone_from_slice(&merged);
}
