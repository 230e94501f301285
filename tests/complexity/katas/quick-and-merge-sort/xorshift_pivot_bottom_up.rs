// learner: optimal
// idiom: Lua game modder: index-based while loops, a hand-rolled xorshift for the pivot (like math.random with a fixed seed), explicit lo/hi bounds, bottom-up merge sort that doubles the run width
// why:
//! Quicksort and merge sort, written by hand: see README.md.

struct Rand {
    s: u64,
}

impl Rand {
    fn next(&mut self) -> u64 {
        let mut x = self.s;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.s = x;
        x
    }
}

// sorts items[lo..hi) (hi exclusive)
fn qs<T: Ord>(items: &mut [T], mut lo: usize, mut hi: usize, rng: &mut Rand) {
    while hi - lo > 1 {
        let p = lo + (rng.next() % (hi - lo) as u64) as usize;
        items.swap(lo, p);
        // three-way: [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
        let mut lt = lo;
        let mut gt = hi;
        let mut i = lo + 1;
        while i < gt {
            if items[i] < items[lt] {
                items.swap(i, lt);
                lt += 1;
                i += 1;
            } else if items[i] > items[lt] {
                gt -= 1;
                items.swap(i, gt);
            } else {
                i += 1;
            }
        }
        if lt - lo < hi - gt {
            qs(items, lo, lt, rng);
            lo = gt;
        } else {
            qs(items, gt, hi, rng);
            hi = lt;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut rng = Rand { s: 0x2545F4914F6CDD1D };
    qs(items, 0, n, &mut rng);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut src: Vec<T> = items.to_vec();
    let mut dst: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = if lo + width < n { lo + width } else { n };
            let hi = if lo + 2 * width < n { lo + 2 * width } else { n };
            let mut i = lo;
            let mut j = mid;
            let mut k = lo;
            while k < hi {
                if i < mid && (j >= hi || src[i] <= src[j]) {
                    dst[k] = src[i].clone();
                    i += 1;
                } else {
                    dst[k] = src[j].clone();
                    j += 1;
                }
                k += 1;
            }
            lo = lo + 2 * width;
        }
        std::mem::swap(&mut src, &mut dst);
        width = width * 2;
    }
    let mut k = 0;
    while k < n {
        items[k] = src[k].clone();
        k += 1;
    }
}
