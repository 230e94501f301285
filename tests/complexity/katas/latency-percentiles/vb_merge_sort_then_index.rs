// learner: slow
// why: percentile is O(n log n) time and O(n) space, target O(n) / O(1): a hand-written merge sort with a scratch buffer orders the whole slice before reading one index
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge_sort_samples<T: Ord + Copy>(samples: &mut [T]) {
    let sample_count = samples.len();
    if sample_count < 2 {
        return;
    }
    let mut scratch_buffer: Vec<T> = Vec::with_capacity(sample_count);
    let mut run_width: usize = 1;
    while run_width < sample_count {
        let mut left_start: usize = 0;
        while left_start < sample_count {
            let middle = (left_start + run_width).min(sample_count);
            let right_end = (left_start + 2 * run_width).min(sample_count);
            scratch_buffer.clear();
            let mut left_index = left_start;
            let mut right_index = middle;
            while left_index < middle && right_index < right_end {
                if samples[right_index] < samples[left_index] {
                    scratch_buffer.push(samples[right_index]);
                    right_index += 1;
                } else {
                    scratch_buffer.push(samples[left_index]);
                    left_index += 1;
                }
            }
            while left_index < middle {
                scratch_buffer.push(samples[left_index]);
                left_index += 1;
            }
            while right_index < right_end {
                scratch_buffer.push(samples[right_index]);
                right_index += 1;
            }
            let mut copy_counter: usize = 0;
            while copy_counter < scratch_buffer.len() {
                samples[left_start + copy_counter] = scratch_buffer[copy_counter];
                copy_counter += 1;
            }
            left_start += 2 * run_width;
        }
        run_width *= 2;
    }
}

fn compute_target_index(sample_count: usize, percentile_value: u32) -> usize {
    let scaled = percentile_value as usize * sample_count;
    let mut rank = (scaled + 99) / 100;
    if rank == 0 {
        rank = 1;
    }
    rank - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.len() == 0 || p > 100 {
        return None;
    }
    merge_sort_samples(samples);
    Some(samples[compute_target_index(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let sample_count = samples.len();
    if sample_count == 0 {
        return None;
    }
    merge_sort_samples(samples);
    Some(Summary {
        p50: samples[compute_target_index(sample_count, 50)],
        p95: samples[compute_target_index(sample_count, 95)],
        p99: samples[compute_target_index(sample_count, 99)],
    })
}
