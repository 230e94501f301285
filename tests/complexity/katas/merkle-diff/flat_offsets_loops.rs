// learner: optimal
// idiom: VBA-style: all levels in one flat Vec with a start-offset table, while loops with explicit indices, two parallel stacks for the diff
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    all_digests: Vec<H::Digest>,
    level_start: Vec<usize>,
    level_size: Vec<usize>,
    block_count: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut all_digests: Vec<H::Digest> = Vec::with_capacity(2 * n + 1);
        let mut level_start: Vec<usize> = Vec::new();
        let mut level_size: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < n {
            let d = H::leaf(blocks[i]);
            all_digests.push(d);
            i = i + 1;
        }
        level_start.push(0);
        level_size.push(n);
        let mut current_start = 0;
        let mut current_size = n;
        while current_size > 1 {
            let next_start = all_digests.len();
            let mut next_size = 0;
            let mut k = 0;
            while k < current_size {
                let left_pos = current_start + k;
                let new_digest;
                if k + 1 < current_size {
                    let left = all_digests[left_pos];
                    let right = all_digests[left_pos + 1];
                    new_digest = H::node(left, right);
                } else {
                    new_digest = all_digests[left_pos];
                }
                all_digests.push(new_digest);
                next_size = next_size + 1;
                k = k + 2;
            }
            level_start.push(next_start);
            level_size.push(next_size);
            current_start = next_start;
            current_size = next_size;
        }
        MerkleTree { all_digests, level_start, level_size, block_count: n, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.block_count
    }

    pub fn is_empty(&self) -> bool {
        self.block_count == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.block_count == 0 {
            return None;
        }
        let top_level = self.level_start.len() - 1;
        let root_pos = self.level_start[top_level];
        Some(self.all_digests[root_pos])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.block_count != other.block_count {
            panic!("cannot diff trees of different length: {} vs {}", self.block_count, other.block_count);
        }
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if self.block_count == 0 {
            return ranges;
        }
        let mut stack_level: Vec<usize> = Vec::new();
        let mut stack_index: Vec<usize> = Vec::new();
        stack_level.push(self.level_start.len() - 1);
        stack_index.push(0);
        while stack_level.len() > 0 {
            let lvl = stack_level.pop().unwrap();
            let idx = stack_index.pop().unwrap();
            let pos = self.level_start[lvl] + idx;
            let mine = self.all_digests[pos];
            let theirs = other.all_digests[pos];
            if mine == theirs {
                continue;
            }
            if lvl == 0 {
                let mut extended = false;
                let count = ranges.len();
                if count > 0 {
                    if ranges[count - 1].end == idx {
                        ranges[count - 1].end = idx + 1;
                        extended = true;
                    }
                }
                if !extended {
                    ranges.push(idx..idx + 1);
                }
            } else {
                let child_level = lvl - 1;
                let left_child = idx * 2;
                let right_child = left_child + 1;
                if right_child < self.level_size[child_level] {
                    stack_level.push(child_level);
                    stack_index.push(right_child);
                }
                stack_level.push(child_level);
                stack_index.push(left_child);
            }
        }
        ranges
    }
}
