// learner: optimal
// idiom: Python-ish: fixed-seed LCG pivot index, while-loop three-way partition with index variables, recursion into the smaller side; top-down merge sort that copies the left half into a temp list
//! Quicksort and merge sort, written by hand: see README.md.

fn next_random(state: &mut u64) -> u64 {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    return *state >> 33;
}


pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut seed: u64 = 12345;
    quick_helper(items, &mut seed);
}

fn quick_helper<T: Ord>(items: &mut [T], seed: &mut u64) {
    let mut start = 0;
    let mut end = items.len();
    while end - start > 1 {
        let size = end - start;
        let pivot_index = start + (next_random(seed) as usize) % size;
        items.swap(start, pivot_index);
        // three groups: [start, lt) smaller, [lt, i) equal, [gt, end) bigger
        let mut lt = start;
        let mut i = start + 1;
        let mut gt = end;
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
        // recurse on the smaller group, keep looping on the bigger one
        if lt - start < end - gt {
            quick_helper(&mut items[start..lt], seed);
            start = gt;
        } else {
            quick_helper(&mut items[gt..end], seed);
            end = lt;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    // copy the left half out, then merge back into items
    let left: Vec<T> = items[..mid].to_vec();
    let mut i = 0; // index into left
    let mut j = mid; // index into the right half (still in place)
    let mut k = 0; // where to write
    while i < left.len() && j < n {
        if left[i] <= items[j] {
            items[k] = left[i].clone();
            i += 1;
        } else {
            items[k] = items[j].clone();
            j += 1;
        }
        k += 1;
    }
    while i < left.len() {
        items[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    // anything left on the right is already where it belongs
}
