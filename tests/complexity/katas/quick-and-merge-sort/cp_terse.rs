// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: competitive programmer: recursive 3-way quicksort on the smaller side + loop, top-down merge sort with one scratch Vec, short names)
pub fn quicksort<T: Ord>(mut a: &mut [T]) {
    while a.len() > 1 {
        let n = a.len();
        let (x, y, z) = (0, n / 2, n - 1);
        let m = if (a[x] <= a[y]) == (a[y] <= a[z]) { y } else if (a[y] <= a[x]) == (a[x] <= a[z]) { x } else { z };
        a.swap(0, m);
        let (mut l, mut i, mut g) = (0, 1, n);
        while i < g {
            if a[i] < a[l] { a.swap(l, i); l += 1; i += 1; }
            else if a[i] > a[l] { g -= 1; a.swap(i, g); }
            else { i += 1; }
        }
        let (lo, hi) = a.split_at_mut(g);
        let lo = &mut lo[..l];
        if lo.len() < hi.len() { quicksort(lo); a = hi; } else { quicksort(hi); a = lo; }
    }
}

fn ms<T: Ord + Clone>(a: &mut [T], t: &mut Vec<T>) {
    let n = a.len();
    if n < 2 { return; }
    let m = n / 2;
    ms(&mut a[..m], t);
    ms(&mut a[m..], t);
    if a[m - 1] <= a[m] { return; }
    t.clear();
    let (mut i, mut j) = (0, m);
    while i < m && j < n {
        if a[i] <= a[j] { t.push(a[i].clone()); i += 1; } else { t.push(a[j].clone()); j += 1; }
    }
    t.extend_from_slice(&a[i..m]);
    t.extend_from_slice(&a[j..n]);
    a.clone_from_slice(t);
}

pub fn merge_sort<T: Ord + Clone>(a: &mut [T]) {
    let mut t = Vec::with_capacity(a.len());
    ms(a, &mut t);
}
