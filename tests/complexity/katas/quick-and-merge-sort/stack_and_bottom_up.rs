// learner: optimal
// idiom: PHP Laravel developer: no recursion at all, like a queue worker: quicksort keeps a Vec of (start, end) jobs and pushes the bigger half first; merge sort is bottom-up by doubling widths into a scratch Vec
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut jobs: Vec<(usize, usize)> = vec![(0, items.len())];

    while let Some((start, end)) = jobs.pop() {
        if end - start < 2 {
            continue;
        }
        let len = end - start;

        // pick the median of the quarter / half / three-quarter items
        let mut candidates = [start + len / 4, start + len / 2, start + 3 * len / 4];
        if items[candidates[1]] < items[candidates[0]] {
            candidates.swap(0, 1);
        }
        if items[candidates[2]] < items[candidates[1]] {
            candidates.swap(1, 2);
            if items[candidates[1]] < items[candidates[0]] {
                candidates.swap(0, 1);
            }
        }
        items.swap(start, candidates[1]);

        // three-way partition: [start, lt) < pivot, [lt, i) == pivot, [gt, end) > pivot
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

        let left = (start, lt);
        let right = (gt, end);
        // handle the smaller job next so the job list stays short
        if lt - start < end - gt {
            jobs.push(right);
            jobs.push(left);
        } else {
            jobs.push(left);
            jobs.push(right);
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let total = items.len();
    if total < 2 {
        return;
    }
    let mut scratch: Vec<T> = items.to_vec();
    let mut width = 1;

    while width < total {
        let mut start = 0;
        while start < total {
            let middle = (start + width).min(total);
            let end = (start + 2 * width).min(total);
            let (mut left, mut right, mut out) = (start, middle, start);
            while left < middle && right < end {
                if items[right] < items[left] {
                    scratch[out] = items[right].clone();
                    right += 1;
                } else {
                    scratch[out] = items[left].clone();
                    left += 1;
                }
                out += 1;
            }
            while left < middle {
                scratch[out] = items[left].clone();
                left += 1;
                out += 1;
            }
            while right < end {
                scratch[out] = items[right].clone();
                right += 1;
                out += 1;
            }
            start = end;
        }
        items.clone_from_slice(&scratch);
        width *= 2;
    }
}
