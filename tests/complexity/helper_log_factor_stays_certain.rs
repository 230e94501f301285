// A hand-written heapsort in a helper, called where the target is O(n):
// the helper's cost is priced on its own parameters, which makes a class
// over the target only an upper bound when the gap is a factor of n (the
// measurement sees that) but not when it is a log factor, which measured
// growth cannot tell apart: the finding stays.
// expect percentile: time O(n log n), space O(1)
// expect heapsort: time O(n log n), space O(1)
// target percentile: time O(n), space O(1)
fn sift_down(v: &mut [u64], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && v[child + 1] > v[child] {
            child += 1;
        }
        if v[root] >= v[child] {
            break;
        }
        v.swap(root, child);
        root = child;
    }
}

fn heapsort(v: &mut [u64]) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

pub fn percentile(v: &mut [u64], p: usize) -> u64 {
    heapsort(v);
    v[(v.len() - 1) * p / 100]
}
