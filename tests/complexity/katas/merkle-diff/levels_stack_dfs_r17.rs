// learner: optimal
// idiom: Terraform-like: levels built up front with chunks(2) + slice-pattern match, explicit (level, idx) stack DFS
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

/// Levels stored bottom-up: levels[0] are the leaves, the last level is the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while levels.last().map_or(false, |l| l.len() > 1) {
            let below = levels.last().unwrap();
            let above: Vec<H::Digest> = below
                .chunks(2)
                .map(|pair| match pair {
                    [l, r] => H::node(*l, *r),
                    [single] => *single,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |l| l.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees differ in length");
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let top = self.levels.len() - 1;
        let mut stack: Vec<(usize, usize)> = vec![(top, 0)];
        while let Some((level, idx)) = stack.pop() {
            if self.levels[level][idx] == other.levels[level][idx] {
                continue;
            }
            if level == 0 {
                match out.last_mut() {
                    Some(r) if r.end == idx => r.end = idx + 1,
                    _ => out.push(idx..idx + 1),
                }
                continue;
            }
            let left = 2 * idx;
            let right = left + 1;
            if right < self.levels[level - 1].len() {
                stack.push((level - 1, right));
            }
            stack.push((level - 1, left));
        }
        out
    }
}
