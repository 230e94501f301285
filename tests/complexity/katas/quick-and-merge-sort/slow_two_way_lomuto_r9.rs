// learner: slow
// why: quicksort is O(n^2) time on many equal keys, target O(n log n): the two-way Lomuto partition sends every item equal to the pivot to one side
fn median_index<T: Ord>(v: &[T]) -> usize {
    let (a, b, c) = (0, v.len() / 2, v.len() - 1);
    if v[a] < v[b] {
        if v[b] < v[c] { b } else if v[a] < v[c] { c } else { a }
    } else if v[a] < v[c] {
        a
    } else if v[b] < v[c] {
        c
    } else {
        b
    }
}

fn lomuto<T: Ord>(v: &mut [T]) -> usize {
    let last = v.len() - 1;
    let p = median_index(v);
    v.swap(p, last);
    let mut store = 0;
    for i in 0..last {
        if v[i] < v[last] {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    store
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = lomuto(v);
        let (left, right) = v.split_at_mut(p);
        let right = &mut right[1..];
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
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
