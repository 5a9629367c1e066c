//! A small, fast hasher for the crate's maps of short keys (words, lines):
//! the multiply-rotate hash rustc uses (FxHash). The standard library's
//! SipHash resists collision attacks on a server's keys, which a page
//! reading its own reader's text does not need, and costs several times more
//! per short word. Maps built with it are only looked up, never iterated in
//! an order that shows, so the choice changes no answer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`Fx`].
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// The hasher; `Map::default()` makes a map with it.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_not_what_it_does_not() {
        let mut m: Map<&str, usize> = Map::default();
        let words = ["peserta", "pekerja", "tenaga", "kerja", "a", "", "penerima upah", "pesertanya"];
        for (i, w) in words.iter().enumerate() {
            m.insert(w, i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(&i));
        }
        assert_eq!(m.get("peserta "), None);
        assert_eq!(m.get("pesert"), None);
        // Keys that differ past the first eight bytes, and in length only.
        let mut n: Map<String, u8> = Map::default();
        n.insert("kepesertaan aktif".into(), 1);
        n.insert("kepesertaan aktig".into(), 2);
        n.insert("kepesertaan aktif\0".into(), 3);
        assert_eq!(n.get("kepesertaan aktif"), Some(&1));
        assert_eq!(n.get("kepesertaan aktig"), Some(&2));
        assert_eq!(n.get("kepesertaan aktif\0"), Some(&3));
    }
}
