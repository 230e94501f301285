// Median of three: the pivot is chosen by comparing three elements (swaps
// under `if`s) before the partition loop.
// expect msort3: time O(n log n), space O(log n)
// target msort3: time O(n log n), space O(n)
pub fn msort3(a: &mut [u32]) {
    let n = a.len();
    if n < 3 {
        if n == 2 && a[1] < a[0] {
            a.swap(0, 1);
        }
        return;
    }
    let m = n / 2;
    if a[m] < a[0] {
        a.swap(m, 0);
    }
    if a[n - 1] < a[0] {
        a.swap(n - 1, 0);
    }
    if a[n - 1] < a[m] {
        a.swap(n - 1, m);
    }
    a.swap(m, n - 1);
    let mut s = 0;
    for i in 0..n - 1 {
        if a[i] < a[n - 1] {
            a.swap(i, s);
            s += 1;
        }
    }
    a.swap(s, n - 1);
    msort3(&mut a[..s]);
    msort3(&mut a[s + 1..]);
}
