// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: quicksort over (lo, hi) index bounds on the whole slice with a while loop for the larger side; merge sort merging Peekable iterators level by level)
fn median3<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    let ab = v[a] <= v[b];
    let bc = v[b] <= v[c];
    let ac = v[a] <= v[c];
    match (ab, bc, ac) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

fn qs<T: Ord>(v: &mut [T], mut lo: usize, mut hi: usize) {
    // sorts v[lo..hi]
    while hi - lo > 1 {
        let m = median3(v, lo, lo + (hi - lo) / 2, hi - 1);
        v.swap(lo, m);
        let mut lt = lo;
        let mut gt = hi - 1;
        let mut i = lo + 1;
        while i <= gt {
            if v[i] < v[lt] {
                v.swap(i, lt);
                lt += 1;
                i += 1;
            } else if v[lt] < v[i] {
                v.swap(i, gt);
                gt -= 1;
            } else {
                i += 1;
            }
        }
        if lt - lo < hi - (gt + 1) {
            qs(v, lo, lt);
            lo = gt + 1;
        } else {
            qs(v, gt + 1, hi);
            hi = lt;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n > 1 {
        qs(items, 0, n);
    }
}

fn merge_runs<T: Ord + Clone>(out: &mut Vec<T>, left: &[T], right: &[T]) {
    let mut l = left.iter().peekable();
    let mut r = right.iter().peekable();
    loop {
        let take_right = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => b < a,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        let next = if take_right { r.next() } else { l.next() };
        out.push(next.unwrap().clone());
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut current: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut next = Vec::with_capacity(n);
        for chunk in current.chunks(2 * width) {
            let cut = width.min(chunk.len());
            let (left, right) = chunk.split_at(cut);
            merge_runs(&mut next, left, right);
        }
        current = next;
        width *= 2;
    }
    items.clone_from_slice(&current);
}
