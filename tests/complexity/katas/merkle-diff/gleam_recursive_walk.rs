// learner: optimal
// idiom: Gleam-style: levels built by iterating chunks(2).map(..).collect() until one node, recursive descent returning ranges folded into a merged list
//! Merkle tree diff: see README.md.

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
    _h: PhantomData<H>,
}

fn pair_up<H: MerkleHasher>(below: &[H::Digest]) -> Vec<H::Digest> {
    below
        .chunks(2)
        .map(|pair| match pair {
            [l, r] => H::node(*l, *r),
            [single] => *single,
            _ => unreachable!(),
        })
        .collect()
}

fn merge_into(mut acc: Vec<Range<usize>>, idx: usize) -> Vec<Range<usize>> {
    match acc.last_mut() {
        Some(last) if last.end == idx => last.end += 1,
        _ => acc.push(idx..idx + 1),
    }
    acc
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while let Some(top) = levels.last().filter(|t| t.len() > 1) {
            let next = pair_up::<H>(top);
            levels.push(next);
        }
        MerkleTree { levels, _h: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    fn walk(&self, other: &Self, level: usize, index: usize, acc: Vec<Range<usize>>) -> Vec<Range<usize>> {
        let same = self.levels[level].get(index) == other.levels[level].get(index);
        match (same, level) {
            (true, _) => acc,
            (false, 0) => merge_into(acc, index),
            (false, _) => {
                let acc = self.walk(other, level - 1, 2 * index, acc);
                if 2 * index + 1 < self.levels[level - 1].len() {
                    self.walk(other, level - 1, 2 * index + 1, acc)
                } else {
                    acc
                }
            }
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees must have the same length");
        if self.is_empty() {
            return Vec::new();
        }
        self.walk(other, self.levels.len() - 1, 0, Vec::new())
    }
}
