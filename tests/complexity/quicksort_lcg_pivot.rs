// Quicksort whose pivot position comes from a small generator of the file
// (no `rand` anywhere): the position is computed, not fixed.
// expect sort_slice: time O(n log n), space O(log n)
// target sort_slice: time O(n log n), space O(n)
pub struct Lcg(u64);
impl Lcg {
    pub fn below(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % bound
    }
}
pub fn sort_slice(xs: &mut [i32], gen: &mut Lcg) {
    if xs.len() <= 1 {
        return;
    }
    let end = xs.len() - 1;
    let pick = gen.below(xs.len());
    xs.swap(pick, end);
    let mut store = 0;
    for j in 0..end {
        if xs[j] < xs[end] {
            xs.swap(j, store);
            store += 1;
        }
    }
    xs.swap(store, end);
    let (lo, hi) = xs.split_at_mut(store);
    sort_slice(lo, gen);
    sort_slice(&mut hi[1..], gen);
}
