// learner: slow
// why: MerkleTree::root is O(n) time, target O(1): the tree keeps only the leaves and root() re-hashes every level on each call (diff walks levels it rebuilds once)
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

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut leaves = Vec::with_capacity(blocks.len());
        let mut i = 0;
        while i < blocks.len() {
            leaves.push(H::leaf(blocks[i]));
            i += 1;
        }
        levels.push(leaves);
        while levels[levels.len() - 1].len() > 1 {
            let below = &levels[levels.len() - 1];
            let mut up = Vec::with_capacity((below.len() + 1) / 2);
            let mut j = 0;
            while j + 1 < below.len() {
                up.push(H::node(below[j], below[j + 1]));
                j += 2;
            }
            if j < below.len() {
                up.push(below[j]);
            }
            levels.push(up);
        }
        MerkleTree { levels, _h: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        // fold the leaves up again, one level at a time, into a scratch buffer
        let leaves = &self.levels[0];
        if leaves.is_empty() {
            return None;
        }
        let mut work: Vec<H::Digest> = leaves.clone();
        let mut width = work.len();
        while width > 1 {
            let mut w = 0;
            let mut j = 0;
            while j < width {
                work[w] = if j + 1 < width { H::node(work[j], work[j + 1]) } else { work[j] };
                w += 1;
                j += 2;
            }
            width = w;
        }
        Some(work[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let top = self.levels.len() - 1;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        stack.push((top, 0));
        while let Some((lvl, idx)) = stack.pop() {
            if self.levels[lvl][idx] == other.levels[lvl][idx] {
                continue;
            }
            if lvl == 0 {
                match out.last_mut() {
                    Some(r) if r.end == idx => r.end = idx + 1,
                    _ => out.push(idx..idx + 1),
                }
                continue;
            }
            let below = lvl - 1;
            let l = 2 * idx;
            let r = l + 1;
            if r < self.levels[below].len() {
                stack.push((below, r));
            }
            stack.push((below, l));
        }
        out
    }
}
