// learner: optimal
// idiom: Ada/SPARK safety engineer: all digests in one flat array with a table of level offsets and lengths, diff driven by an explicit bounded work stack of (level, index) pairs, carried nodes skipped without a comparison
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

/// Level `k` occupies `digests[offset[k] .. offset[k] + width[k]]`; level 0 holds the leaves.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    digests: Vec<H::Digest>,
    offset: Vec<usize>,
    width: Vec<usize>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut digests: Vec<H::Digest> = Vec::with_capacity(2 * n);
        let mut offset: Vec<usize> = Vec::new();
        let mut width: Vec<usize> = Vec::new();
        for block in blocks {
            digests.push(H::leaf(block));
        }
        offset.push(0);
        width.push(n);
        let mut level = 0;
        while width[level] > 1 {
            let base = offset[level];
            let w = width[level];
            let new_base = digests.len();
            let mut k = 0;
            while k + 1 < w {
                let combined = H::node(digests[base + k], digests[base + k + 1]);
                digests.push(combined);
                k += 2;
            }
            if k < w {
                let carried = digests[base + k];
                digests.push(carried);
            }
            offset.push(new_base);
            width.push(digests.len() - new_base);
            level += 1;
        }
        MerkleTree { digests, offset, width, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.width[0]
    }

    pub fn is_empty(&self) -> bool {
        self.width[0] == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            None
        } else {
            let top = self.offset.len() - 1;
            Some(self.digests[self.offset[top]])
        }
    }

    fn at(&self, level: usize, index: usize) -> H::Digest {
        self.digests[self.offset[level] + index]
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("MerkleTree::diff: length mismatch ({} blocks vs {} blocks)", self.len(), other.len());
        }
        let mut result: Vec<Range<usize>> = Vec::new();
        if self.is_empty() || self.root() == other.root() {
            return result;
        }
        // Stack of nodes known to differ. Pushing right before left yields leaves in order.
        let mut pending: Vec<(usize, usize)> = Vec::with_capacity(2 * self.offset.len());
        pending.push((self.offset.len() - 1, 0));
        while let Some((level, index)) = pending.pop() {
            if level == 0 {
                match result.last_mut() {
                    Some(last) if last.end == index => last.end = index + 1,
                    _ => result.push(index..index + 1),
                }
                continue;
            }
            let child_level = level - 1;
            let left = 2 * index;
            let right = left + 1;
            if right >= self.width[child_level] {
                // Only child: carried up unchanged, so it differs as its parent does.
                pending.push((child_level, left));
                continue;
            }
            if self.at(child_level, right) != other.at(child_level, right) {
                pending.push((child_level, right));
            }
            if self.at(child_level, left) != other.at(child_level, left) {
                pending.push((child_level, left));
            }
        }
        result
    }
}
