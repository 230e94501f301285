// learner: optimal
// idiom: GLSL: median of the quarter/half/three-quarter texels + Dutch-flag 3-way partition, recurse small side / loop big side; top-down merge sort with one scratch buffer
//! Quicksort and merge sort, written by hand: see README.md.

/// index of the median of three lanes, compared in place
fn median3<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
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

/// Dijkstra 3-way partition with the pivot parked at v[0].
/// Returns (lt, gt): [0, lt) < pivot, [lt, gt) == pivot, [gt, n) > pivot.
fn partition3<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let n = v.len();
    let mut lt = 0; // v[lt] is always a pivot-equal item
    let mut idx = 1;
    let mut gt = n;
    while idx < gt {
        match v[idx].cmp(&v[lt]) {
            std::cmp::Ordering::Less => {
                v.swap(lt, idx);
                lt += 1;
                idx += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                v.swap(idx, gt);
            }
            std::cmp::Ordering::Equal => idx += 1,
        }
    }
    (lt, gt)
}

fn insertion<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j] < v[j - 1] {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    loop {
        let n = v.len();
        if n <= 12 {
            insertion(v);
            return;
        }
        let q = n >> 2;
        let p = median3(v, q, n >> 1, n - q);
        v.swap(0, p);
        let (lt, gt) = partition3(v);
        let (left, rest) = v.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        // recurse into the smaller part, loop on the larger: depth <= log2 n
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // `<=` takes from the left run on ties: stable
        if left[i] <= right[j] {
            out[k] = left[i].clone();
            i += 1;
        } else {
            out[k] = right[j].clone();
            j += 1;
        }
        k += 1;
    }
    while i < left.len() {
        out[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    while j < right.len() {
        out[k] = right[j].clone();
        j += 1;
        k += 1;
    }
}

fn merge_rec<T: Ord + Clone>(v: &mut [T], scratch: &mut [T]) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mid = n >> 1;
    {
        let (a, b) = v.split_at_mut(mid);
        let (sa, sb) = scratch.split_at_mut(mid);
        merge_rec(a, sa);
        merge_rec(b, sb);
    }
    merge_into(&v[..mid], &v[mid..], &mut scratch[..n]);
    v.clone_from_slice(&scratch[..n]);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mut scratch = items.to_vec();
    merge_rec(items, &mut scratch);
}
