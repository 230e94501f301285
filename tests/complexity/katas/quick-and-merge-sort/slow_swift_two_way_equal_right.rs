// learner: slow
// why: quicksort is O(n^2) time on many equal items, target O(n log n): Swift textbook two-way Hoare partition around the middle item that sends every item equal to the pivot to the right side
pub fn quicksort<T: Ord>(items: &mut [T]) {
    guard_sort(items);
}

fn guard_sort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let middle = items.len() / 2;
    let last = items.len() - 1;
    items.swap(middle, last);
    // everything strictly smaller than the pivot to the left, the rest (equal included) to the right
    var_store(items, last).map(|boundary| {
        items.swap(boundary, last);
        let (left, right) = items.split_at_mut(boundary);
        guard_sort(left);
        guard_sort(&mut right[1..]);
    });
}

fn var_store<T: Ord>(items: &mut [T], pivot: usize) -> Option<usize> {
    let mut store = 0;
    for index in 0..pivot {
        if items[index] < items[pivot] {
            items.swap(index, store);
            store += 1;
        }
    }
    Some(store)
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mut scratch = items.to_vec();
    split_merge(items, &mut scratch);
}

fn split_merge<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    {
        let (left, right) = items.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        split_merge(left, sl);
        split_merge(right, sr);
    }
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < items.len() {
        if items[j] < items[i] {
            scratch[k] = items[j].clone();
            j += 1;
        } else {
            scratch[k] = items[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        scratch[k] = items[i].clone();
        i += 1;
        k += 1;
    }
    while j < items.len() {
        scratch[k] = items[j].clone();
        j += 1;
        k += 1;
    }
    items.clone_from_slice(scratch);
}
