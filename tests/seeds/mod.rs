//! The five seed articles from `shared/seeds`, embedded so that the same tests
//! also run where there is no file system (inside the browser).

pub const SEEDS: [(&str, &str); 5] = [
    ("000_3a9d326befe90443.txt", include_str!("000_3a9d326befe90443.txt")),
    ("001_39314790dc0683d8.txt", include_str!("001_39314790dc0683d8.txt")),
    ("002_da70ce923e7f6e18.txt", include_str!("002_da70ce923e7f6e18.txt")),
    ("003_5c7de55c21b6b812.txt", include_str!("003_5c7de55c21b6b812.txt")),
    ("004_863b6271acea14ee.txt", include_str!("004_863b6271acea14ee.txt")),
];

#[allow(dead_code)]
pub const EXPECTED: &str = include_str!("expected.json");
