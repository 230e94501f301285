// learner: slow
// why: quicksort is O(n^2) time, target O(n log n): two-way Lomuto partition puts every item equal to the pivot on one side, so few distinct keys peel off one item per pass
pub fn quicksort<T: Ord>(mut items: &mut [T]) {
    while items.len() > 1 {
        let n = items.len();
        let mid = n / 2;
        // median of three to the end as pivot
        if items[mid] < items[0] {
            items.swap(mid, 0);
        }
        if items[n - 1] < items[0] {
            items.swap(n - 1, 0);
        }
        if items[mid] < items[n - 1] {
            items.swap(mid, n - 1);
        }
        let mut store = 0;
        for i in 0..n - 1 {
            if items[i] < items[n - 1] {
                items.swap(i, store);
                store += 1;
            }
        }
        items.swap(store, n - 1);
        let (left, rest) = items.split_at_mut(store);
        let right = &mut rest[1..];
        if left.len() < right.len() {
            quicksort(left);
            items = right;
        } else {
            quicksort(right);
            items = left;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut width = 1;
    let mut in_items = true; // where the current runs live
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) = if in_items { (&*items, &mut buf[..]) } else { (&buf[..], &mut *items) };
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j, mut k) = (start, mid, start);
                while i < mid && j < end {
                    if src[i] <= src[j] {
                        dst[k] = src[i].clone();
                        i += 1;
                    } else {
                        dst[k] = src[j].clone();
                        j += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    dst[k] = src[i].clone();
                    i += 1;
                    k += 1;
                }
                while j < end {
                    dst[k] = src[j].clone();
                    j += 1;
                    k += 1;
                }
                start = end;
            }
        }
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        items.clone_from_slice(&buf);
    }
}
