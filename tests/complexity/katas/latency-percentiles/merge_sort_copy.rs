// learner: slow
// why: percentile is O(n log n) time and O(n) space, target O(n) / O(1): bottom-up merge sort through a scratch Vec
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge_sort<T: Ord + Copy>(data: &mut [T]) {
    let n = data.len();
    let mut buf: Vec<T> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            buf.clear();
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if data[j] < data[i] {
                    buf.push(data[j]);
                    j += 1;
                } else {
                    buf.push(data[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&data[i..mid]);
            buf.extend_from_slice(&data[j..end]);
            data[start..end].copy_from_slice(&buf);
            start = end;
        }
        width *= 2;
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    merge_sort(samples);
    let rank = std::cmp::max(1, (p as usize * samples.len() + 99) / 100);
    Some(samples[rank - 1])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    Some(Summary {
        p99: percentile(samples, 99)?,
        p95: percentile(samples, 95)?,
        p50: percentile(samples, 50)?,
    })
}
