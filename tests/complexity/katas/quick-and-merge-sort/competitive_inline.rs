// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: competitive programmer: short names, index loops, everything inline in each function)
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut s: &mut [T] = items;
    loop {
        let n = s.len();
        if n <= 1 { return; }
        let (i, j, k) = (0, n / 2, n - 1);
        let m = if (s[i] <= s[j]) == (s[j] <= s[k]) { j } else if (s[j] <= s[i]) == (s[i] <= s[k]) { i } else { k };
        s.swap(0, m);
        let (mut lt, mut i, mut gt) = (0, 1, n);
        while i < gt {
            if s[i] < s[lt] { s.swap(i, lt); lt += 1; i += 1; }
            else if s[i] > s[lt] { gt -= 1; s.swap(i, gt); }
            else { i += 1; }
        }
        let t = s;
        let (l, r) = t.split_at_mut(gt);
        let l = &mut l[..lt];
        if l.len() < r.len() { quicksort(l); s = r; } else { quicksort(r); s = l; }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 { return; }
    let mut b: Vec<T> = items.to_vec();
    let mut w = 1;
    let mut in_a = true;
    while w < n {
        {
            let (src, dst): (&[T], &mut [T]) = if in_a { (&*items, &mut b[..]) } else { (&b[..], &mut *items) };
            let mut lo = 0;
            while lo < n {
                let mid = (lo + w).min(n);
                let hi = (lo + 2 * w).min(n);
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if src[j] < src[i] { dst[k] = src[j].clone(); j += 1; } else { dst[k] = src[i].clone(); i += 1; }
                    k += 1;
                }
                while i < mid { dst[k] = src[i].clone(); i += 1; k += 1; }
                while j < hi { dst[k] = src[j].clone(); j += 1; k += 1; }
                lo += 2 * w;
            }
        }
        in_a = !in_a;
        w *= 2;
    }
    if !in_a { items.clone_from_slice(&b); }
}
