// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: recursion on the smaller part + loop on the larger via split_at_mut; 3-way DNF partition; top-down merge sort with one scratch buffer)
fn median_of_three<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    if v[a] < v[b] {
        if v[b] < v[c] {
            b
        } else if v[a] < v[c] {
            c
        } else {
            a
        }
    } else if v[a] < v[c] {
        a
    } else if v[b] < v[c] {
        c
    } else {
        b
    }
}

/// Returns (lt, gt): [0, lt) < pivot, [lt, gt] == pivot, (gt, n) > pivot.
fn partition3<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let n = v.len();
    let p = median_of_three(v, 0, n / 2, n - 1);
    v.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, n - 1);
    while i <= gt {
        match v[i].cmp(&v[lt]) {
            std::cmp::Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                v.swap(i, gt);
                gt -= 1;
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut slice = items;
    while slice.len() > 1 {
        let (lt, gt) = partition3(slice);
        let whole = std::mem::take(&mut slice);
        let (left, rest) = whole.split_at_mut(lt);
        let right = &mut rest[gt + 1 - lt..];
        if left.len() < right.len() {
            quicksort(left);
            slice = right;
        } else {
            quicksort(right);
            slice = left;
        }
    }
}

fn merge_sort_into<T: Ord + Clone>(a: &mut [T], buf: &mut [T]) {
    let n = a.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort_into(&mut a[..mid], &mut buf[..mid]);
    merge_sort_into(&mut a[mid..], &mut buf[mid..]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if a[j] < a[i] {
            buf[k] = a[j].clone();
            j += 1;
        } else {
            buf[k] = a[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = a[i].clone();
        i += 1;
        k += 1;
    }
    while j < n {
        buf[k] = a[j].clone();
        j += 1;
        k += 1;
    }
    a.clone_from_slice(&buf[..n]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buf = items.to_vec();
    merge_sort_into(items, &mut buf);
}
