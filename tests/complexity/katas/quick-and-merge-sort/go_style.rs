// learner: optimal
// idiom: Go-style: Lomuto partition helper with (items, lo, hi, rng state) params and index ranges instead of subslices, loop on the larger side; top-down merge sort over index ranges sharing one scratch Vec, merge helper with many params
//! Quicksort and merge sort.

fn next_rand(state: &mut u64) -> u64 {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *state >> 33
}

// partitions items[lo..=hi] around a random pivot; returns (lt, gt) with
// items[lo..lt] < p, items[lt..=gt] == p, items[gt+1..=hi] > p
fn partition<T: Ord>(items: &mut [T], lo: usize, hi: usize, state: &mut u64) -> (usize, usize) {
    let span = (hi - lo + 1) as u64;
    let p = lo + (next_rand(state) % span) as usize;
    items.swap(lo, p);
    let mut lt = lo;
    let mut gt = hi;
    let mut i = lo + 1;
    while i <= gt {
        if items[i] < items[lt] {
            items.swap(i, lt);
            lt += 1;
            i += 1;
        } else if items[i] > items[lt] {
            items.swap(i, gt);
            if gt == 0 {
                break;
            }
            gt -= 1;
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn quick_range<T: Ord>(items: &mut [T], mut lo: usize, mut hi: usize, state: &mut u64) {
    while lo < hi {
        let (lt, gt) = partition(items, lo, hi, state);
        let left_size = lt - lo;
        let right_size = hi - gt;
        if left_size < right_size {
            if lt > lo {
                quick_range(items, lo, lt - 1, state);
            }
            lo = gt + 1;
        } else {
            if gt < hi {
                quick_range(items, gt + 1, hi, state);
            }
            if lt == 0 {
                return;
            }
            hi = lt - 1;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mut state: u64 = 0x853c_49e6_748f_ea9b;
    let last = items.len() - 1;
    quick_range(items, 0, last, &mut state);
}

fn merge<T: Ord + Clone>(items: &mut [T], scratch: &mut Vec<T>, lo: usize, mid: usize, hi: usize) {
    scratch.clear();
    let mut i = lo;
    let mut j = mid;
    while i < mid && j < hi {
        if items[j] < items[i] {
            scratch.push(items[j].clone());
            j += 1;
        } else {
            scratch.push(items[i].clone());
            i += 1;
        }
    }
    if i < mid {
        scratch.extend_from_slice(&items[i..mid]);
    }
    if j < hi {
        scratch.extend_from_slice(&items[j..hi]);
    }
    items[lo..hi].clone_from_slice(scratch);
}

fn merge_range<T: Ord + Clone>(items: &mut [T], scratch: &mut Vec<T>, lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    merge_range(items, scratch, lo, mid);
    merge_range(items, scratch, mid, hi);
    merge(items, scratch, lo, mid, hi);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch: Vec<T> = Vec::with_capacity(items.len());
    let n = items.len();
    merge_range(items, &mut scratch, 0, n);
}
