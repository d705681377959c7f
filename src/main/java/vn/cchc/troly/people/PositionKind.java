package vn.cchc.troly.people;

/** What a name in the plan's Tham mưu / Phối hợp lines stands for. */
public enum PositionKind {

	/** A post one or more officials hold: "Văn phòng - Thống kê". */
	POSITION,

	/** A standing team: "Bộ phận Một cửa xã". */
	TEAM,

	/** Every cadre and civil servant of the commune: "Cán bộ, công chức xã". */
	ALL_STAFF
}
