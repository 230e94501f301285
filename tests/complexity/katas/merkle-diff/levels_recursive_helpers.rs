// learner: optimal
// idiom: Swift-server style: Vec<Vec<Digest>> levels built with chunks() + map, recursive diff helper appending into an inout-like &mut Vec, guard early returns
use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|block| H::leaf(block)).collect();
        let mut levels = vec![leaves];
        while let Some(top) = levels.last().filter(|level| level.len() > 1) {
            let next: Vec<H::Digest> = top
                .chunks(2)
                .map(|pair| match *pair {
                    [left, right] => H::node(left, right),
                    [single] => single,
                    _ => unreachable!("chunks(2) yields one or two"),
                })
                .collect();
            levels.push(next);
        }
        Self { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let top = self.levels.last()?;
        guard(top.len() == 1)?;
        Some(top[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees must have the same length to be diffed");
        var_result_diff(self, other)
    }

    fn collect_differences(&self, other: &Self, level: usize, index: usize, ranges: &mut Vec<Range<usize>>) {
        if self.levels[level][index] == other.levels[level][index] {
            return;
        }
        guard_leaf_or(level == 0, || {
            let below = &self.levels[level - 1];
            self.collect_differences(other, level - 1, 2 * index, ranges);
            if 2 * index + 1 < below.len() {
                self.collect_differences(other, level - 1, 2 * index + 1, ranges);
            }
        })
        .unwrap_or_else(|| append_index(ranges, index));
    }
}

fn var_result_diff<H: MerkleHasher>(lhs: &MerkleTree<H>, rhs: &MerkleTree<H>) -> Vec<Range<usize>> {
    var_ranges(|ranges| {
        if lhs.is_empty() {
            return;
        }
        let top = lhs.levels.len() - 1;
        lhs.collect_differences(rhs, top, 0, ranges);
    })
}

fn var_ranges(body: impl FnOnce(&mut Vec<Range<usize>>)) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    body(&mut ranges);
    ranges
}

fn guard(condition: bool) -> Option<()> {
    condition.then_some(())
}

/// Runs `descend` unless this is a leaf; returns None for a leaf so the caller records it.
fn guard_leaf_or(is_leaf: bool, descend: impl FnOnce()) -> Option<()> {
    if is_leaf {
        return None;
    }
    descend();
    Some(())
}

fn append_index(ranges: &mut Vec<Range<usize>>, index: usize) {
    match ranges.last_mut() {
        Some(last) if last.end == index => last.end += 1,
        _ => ranges.push(index..index + 1),
    }
}
