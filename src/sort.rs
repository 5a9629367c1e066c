//! The crate's one sort. Each `sort_by_key` call on a new element type or
//! with a new key closure instantiates the standard library's stable sort
//! (driftsort) anew, 3 to 4 KB of WebAssembly each; [`by_key`] sorts every
//! caller's keys with a single instantiation instead.

/// Sorts `v` by `key`, stably: the same order as `v.sort_by_key(key)`.
///
/// Each element's key is paired with its index and the pairs are sorted as
/// plain values; the indices make every pair distinct, so equal keys keep the
/// order they had, as in a stable sort. Keys are `u128` so that every caller
/// can pack its own into one (a pair of offsets, a length reversed).
pub fn by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    let mut order: Vec<(u128, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    sort_pairs(&mut order);
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
}

#[inline(never)]
fn sort_pairs(pairs: &mut [(u128, usize)]) {
    pairs.sort_unstable();
}

/// A key that sorts `n` in descending order (`Reverse(n)`).
pub fn descending(n: usize) -> u128 {
    u128::MAX - n as u128
}

/// A key that sorts by `a`, then by `b` (`(a, b)`).
pub fn pair(a: usize, b: usize) -> u128 {
    ((a as u128) << 64) | b as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)] // the standard stable sort is the reference
    fn sorts_like_the_standard_stable_sort() {
        let data: Vec<(usize, usize, usize)> =
            (0..500usize).map(|i| ((i * 7919) % 13, (i * 104_729) % 5, i)).collect();
        let mut mine = data.clone();
        by_key(&mut mine, |x| pair(x.0, x.1));
        let mut std = data.clone();
        std.sort_by_key(|x| (x.0, x.1));
        assert_eq!(mine, std);
        let mut mine = data.clone();
        by_key(&mut mine, |x| descending(x.0));
        let mut std = data;
        std.sort_by_key(|x| std::cmp::Reverse(x.0));
        assert_eq!(mine, std);
        let mut empty: Vec<u8> = Vec::new();
        by_key(&mut empty, |&x| x as u128);
        assert!(empty.is_empty());
    }
}
