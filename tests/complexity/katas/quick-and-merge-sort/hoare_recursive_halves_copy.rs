// learner: optimal
// idiom: Hoare-style partition that stops on equal keys, recursion on the smaller side; merge sort copying both halves per call with to_vec
fn pivot_to_front<T: Ord>(a: &mut [T]) {
    let last = a.len() - 1;
    let mid = last / 2;
    // order a[0], a[mid], a[last] so the median lands at mid
    if a[mid] < a[0] {
        a.swap(mid, 0);
    }
    if a[last] < a[0] {
        a.swap(last, 0);
    }
    if a[last] < a[mid] {
        a.swap(last, mid);
    }
    a.swap(0, mid);
}

fn hoare<T: Ord>(a: &mut [T]) -> usize {
    pivot_to_front(a);
    let mut i = 1;
    let mut j = a.len() - 1;
    loop {
        while i <= j && a[i] < a[0] {
            i += 1;
        }
        while i <= j && a[j] > a[0] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
    a.swap(0, j);
    j
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let p = hoare(items);
    let (left, right) = items.split_at_mut(p);
    let right = &mut right[1..];
    if left.len() <= right.len() {
        quicksort(left);
        quicksort(right);
    } else {
        quicksort(right);
        quicksort(left);
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let left = items[..mid].to_vec();
    let right = items[mid..].to_vec();
    let (mut l, mut r) = (0, 0);
    for slot in items.iter_mut() {
        let take_left = r == right.len() || (l < left.len() && left[l] <= right[r]);
        if take_left {
            *slot = left[l].clone();
            l += 1;
        } else {
            *slot = right[r].clone();
            r += 1;
        }
    }
}
