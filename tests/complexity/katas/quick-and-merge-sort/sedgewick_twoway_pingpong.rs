// learner: optimal
// idiom: textbook C-style: LCG pivot swapped to lo, Sedgewick two-way partition that stops on equal keys, recursion on the smaller side and a while loop on the larger over (lo, hi) bounds; top-down merge sort ping-ponging between the slice and one cloned scratch copy
//! Quicksort and merge sort, written by hand: see README.md.

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

// partitions a[lo..=hi] around a random pivot; returns the pivot's final index
fn partition<T: Ord>(a: &mut [T], lo: usize, hi: usize, rng: &mut Lcg) -> usize {
    let p = lo + (rng.next() as usize) % (hi - lo + 1);
    a.swap(lo, p);
    let mut i = lo + 1;
    let mut j = hi;
    loop {
        while i <= hi && a[i] < a[lo] {
            i += 1;
        }
        while a[j] > a[lo] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
    a.swap(lo, j);
    j
}

fn qs<T: Ord>(a: &mut [T], mut lo: usize, mut hi: usize, rng: &mut Lcg) {
    while lo < hi {
        let m = partition(a, lo, hi, rng);
        if m - lo < hi - m {
            if m > lo {
                qs(a, lo, m - 1, rng);
            }
            lo = m + 1;
        } else {
            qs(a, m + 1, hi, rng);
            if m == 0 {
                return;
            }
            hi = m - 1;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mut rng = Lcg(0x2545_F491_4F6C_DD1D);
    let hi = items.len() - 1;
    qs(items, 0, hi, &mut rng);
}

// sorts src into dst; both hold the same items on entry
fn ms<T: Ord + Clone>(src: &mut [T], dst: &mut [T]) {
    let n = src.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (sl, sr) = src.split_at_mut(mid);
        let (dl, dr) = dst.split_at_mut(mid);
        ms(dl, sl);
        ms(dr, sr);
    }
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if src[j] < src[i] {
            dst[k] = src[j].clone();
            j += 1;
        } else {
            dst[k] = src[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        dst[k] = src[i].clone();
        i += 1;
        k += 1;
    }
    while j < n {
        dst[k] = src[j].clone();
        j += 1;
        k += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    ms(&mut scratch, items);
}
