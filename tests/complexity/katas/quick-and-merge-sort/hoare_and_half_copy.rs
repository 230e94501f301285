// learner: optimal
// idiom: Hoare partition that stops on equal keys, median-of-three, recurse smaller/loop larger; merge sort copies only the left half and merges back in place
fn order3<T: Ord>(v: &mut [T]) {
    // sorts v[0], v[mid], v[last] and leaves the median at v[0]
    let mid = v.len() / 2;
    let last = v.len() - 1;
    if v[mid] < v[0] {
        v.swap(mid, 0);
    }
    if v[last] < v[0] {
        v.swap(last, 0);
    }
    if v[last] < v[mid] {
        v.swap(last, mid);
    }
    // now v[0] <= v[mid] <= v[last]; bring the median to the front
    v.swap(0, mid);
}

fn hoare<T: Ord>(v: &mut [T]) -> usize {
    order3(v);
    let mut i = 1;
    let mut j = v.len() - 1;
    loop {
        while i <= j && v[i] < v[0] {
            i += 1;
        }
        while i <= j && v[j] > v[0] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
    v.swap(0, j);
    j
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = hoare(v);
        let (left, right) = v.split_at_mut(p);
        let right = &mut right[1..];
        if left.len() <= right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
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
    if items[mid - 1] <= items[mid] {
        return; // already in order
    }
    let left: Vec<T> = items[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() {
        if j < n && items[j] < left[i] {
            items[k] = items[j].clone();
            j += 1;
        } else {
            items[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
}
