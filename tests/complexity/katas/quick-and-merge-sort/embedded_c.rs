// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: embedded C style: Lomuto partition with median-of-three pivot, loop on the larger half / recurse on the smaller; bottom-up merge sort with one scratch Vec and width doubling)
//! Quicksort and merge sort.

fn median3<T: Ord>(a: &mut [T]) {
    let n = a.len();
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
    // median now at m; move it to the end as pivot
    a.swap(m, n - 1);
}

fn seed_step(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// three-way partition around a[hi], returns (lt, gt): a[..lt] < p, a[lt..gt] == p, a[gt..] > p
fn partition3<T: Ord>(a: &mut [T]) -> (usize, usize) {
    let n = a.len();
    let last = n - 1;
    let mut lt = 0usize;
    let mut i = 0usize;
    let mut gt = last; // a[last] is the pivot, a[gt..last] > p
    while i < gt {
        if a[i] < a[last] {
            a.swap(i, lt);
            lt += 1;
            i += 1;
        } else if a[i] > a[last] {
            gt -= 1;
            a.swap(i, gt);
        } else {
            i += 1;
        }
    }
    a.swap(gt, last);
    (lt, gt + 1)
}

fn qs<T: Ord>(mut a: &mut [T], seed: &mut u64) {
    while a.len() > 1 {
        let n = a.len();
        if n > 16 {
            let r = (seed_step(seed) % n as u64) as usize;
            a.swap(r, n / 2);
        }
        median3(a);
        let (lt, gt) = partition3(a);
        let (left, rest) = a.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            qs(left, seed);
            a = right;
        } else {
            qs(right, seed);
            a = left;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D ^ items.len() as u64;
    qs(items, &mut seed);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut width: usize = 1;
    while width < n {
        let mut lo: usize = 0;
        while lo < n {
            let mid = if lo + width < n { lo + width } else { n };
            let hi = if lo + 2 * width < n { lo + 2 * width } else { n };
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if items[j] < items[i] {
                    buf[k] = items[j].clone();
                    j += 1;
                } else {
                    buf[k] = items[i].clone();
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = items[i].clone();
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = items[j].clone();
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        items.clone_from_slice(&buf);
        width *= 2;
    }
}
