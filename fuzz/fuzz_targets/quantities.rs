//! Fuzzes the quantity reader alone: `quantities::scan` never panics, its
//! ranges lie inside the text on character boundaries, in order, and its values
//! are finite; `parse_indonesian` never panics and gives finite values.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_start = 0;
    for q in cakupan::quantities::scan(&text) {
        let r = q.range.clone();
        assert!(r.start < r.end && r.end <= text.len(), "range {r:?} outside {} bytes", text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "range {r:?} splits a char");
        assert!(r.start >= last_start, "ranges out of order");
        last_start = r.start;
        assert!(q.value.is_finite() && q.step.is_finite(), "{q:?}");
    }
    // The number parser on the raw text and on each whitespace-separated word.
    for word in std::iter::once(text.as_ref()).chain(text.split_whitespace()) {
        if let Some((v, _)) = cakupan::quantities::parse_indonesian(word) {
            assert!(v.is_finite(), "{word:?} -> {v}");
        }
    }
});
